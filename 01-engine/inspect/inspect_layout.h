/// \file
/// Line breaking for util.inspect: how a list of already formatted entries
/// (`a: 1`, `'x'`, `[Object]`) is put together between braces.
///
/// Node's rules (lib/internal/util/inspect.js, reduceToSingleString with its
/// default `compact: 3`, breakLength 80):
///
///  1. An array with more than six entries is first grouped into aligned
///     columns when its entries are short (groupArrayElements); numbers are
///     right-aligned, everything else left-aligned:
///
///         [
///            1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12,
///           13, 14, 15, ...
///         ]
///
///  2. Otherwise the entries go on one line, `{ a: 1, b: 2 }`, if they fit
///     in breakLength and the object is one of the three innermost levels
///     of what was printed last (so an object that holds deeper objects
///     breaks even when it would fit).
///  3. Otherwise each entry gets its own line, indented by two spaces more
///     than the braces.
///
/// These functions see only strings, never V8 values, so the rules can be
/// read (and tested) on their own.
#pragma once

#include <string>
#include <vector>

namespace engine {

/// What kind of list is being laid out (Node's kObjectType and
/// kArrayExtrasType): the entries of arrays, typed arrays and `[key, value]`
/// pairs may be grouped into columns; the properties of objects never are.
enum class EntryList { kObject, kArray };

/// The part of the printer's state the layout rules look at.
struct LayoutState {
  int indentation = 0;  ///< columns the enclosing entries are indented by
  int break_length = 80;
  int compact = 3;
  int max_array_length = 100;  ///< tells a trailing "... N more items" apart
  /// How deep the walk went last: the depth of the most recently formatted
  /// object (Node's ctx.currentDepth).
  int current_depth = 0;
  /// The entries hold terminal colour codes (Node's ctx.colors): they take
  /// no room on the screen, so they are left out of every measurement.
  bool colors = false;
};

/// Joins `entries` between `open` and `close` (`{`/`}`, `Map(2) {`/`}`, ...),
/// after `base` (what precedes the braces: `[Function: f]`, an error's
/// stack, `<ref *1>`), on one line or several. `depth` is the nesting level
/// of the entries; `numeric` says the array's elements are all numbers, which
/// are right-aligned when grouped into columns.
std::string JoinEntries(const LayoutState& state, std::vector<std::string> entries,
                        const std::string& base, const std::string& open, const std::string& close,
                        EntryList kind, int depth, bool numeric = false);

/// Rule 1 on its own: the rows of columns, or `entries` unchanged when they
/// are too long or too few to be worth grouping.
std::vector<std::string> GroupIntoColumns(const LayoutState& state,
                                          std::vector<std::string> entries, bool numeric);

}  // namespace engine
