/// \file
/// A value printer in the shape of Node's util.inspect, and util.format on top.
///
/// console.log cannot hand a JS object to printf: something has to walk the
/// value and decide how it looks. Node does that in JavaScript
/// (lib/internal/util/inspect.js); this stage has no JavaScript library yet,
/// so the walk happens in C++ through V8's reflection API (GetOwnPropertyNames,
/// IsArray, GetConstructorName, ...). It covers the common cases and prints
/// them exactly as Node 20 does.
///
/// The code is split by question:
///
///     inspect.h              this API: Inspect(), FormatArguments(), the options
///     inspector.h, inspect.cc
///                            the walk: what kind of value is this, what are
///                            its entries, was it seen before (circular), how
///                            deep are we
///     inspect_properties.cc  constructor names, own keys, property values
///                            (read without calling getters)
///     inspect_types.cc       how each built-in kind looks: functions, dates,
///                            Map/Set, typed arrays, promises, ...
///     inspect_error.cc       how an Error looks: its stack, corrected if needed
///     inspect_layout.*       how a list of entries becomes one line or several
///     inspect_text.*         quoting and escaping strings, measuring text
///     format.cc              util.format: %s %d %i %f %j %o %O %c %%
#pragma once

#include <v8.h>

#include <climits>
#include <functional>
#include <string>
#include <vector>

namespace engine {

/// Node's util.inspect options, with Node's defaults.
struct InspectOptions {
  /// A depth that never cuts anything off (Node's `depth: null`).
  static constexpr int kInfiniteDepth = INT_MAX;

  /// How many levels of nesting are shown before an object prints as
  /// [Object] or [Array] (Node's `depth`, default 2).
  int depth = 2;
  /// Also show non-enumerable properties (`[length]: 2`) and the contents of
  /// WeakMap/WeakSet (Node's `showHidden`, used by `%o`).
  bool show_hidden = false;
  /// Show a Proxy as `Proxy [ target, handler ]` instead of as its target.
  bool show_proxy = false;
  /// Calls a value's [Symbol.for('nodejs.util.inspect.custom')] method, if it
  /// has one, and prints what it returns.
  bool custom_inspect = true;
  /// How many array, Set or Map entries are shown before "... N more items".
  int max_array_length = 100;
  /// How many characters of a string are shown before "... N more characters".
  int max_string_length = 10000;
  /// The line width that decides whether entries fit on one line.
  int break_length = 80;
  /// Node's `compact` as a number: up to this many innermost levels are put
  /// on one line when they fit. 0 is Node's `compact: false` (one entry per
  /// line). Node's `compact: true` is not modelled.
  int compact = 3;
  /// What a custom inspect method gets as its third argument; Node passes
  /// util.inspect itself. Empty in stages that have no util module.
  v8::Local<v8::Value> inspect_function;
  /// Lets an exception thrown by user code that the caller asked to run (a
  /// custom inspect method; toJSON or toString for %j and %s) escape, as it
  /// does from Node's util.inspect and util.format. Off for the runtime's own
  /// printing (error reports, the REPL's echo), which must never throw.
  bool throw_user_errors = false;
  /// Node's `numericSeparator`: 1_234_567.891_2 and 123_456n.
  bool numeric_separator = false;
  /// Sort the entries of objects, Maps and Sets (and the extra keys of
  /// arrays) as Node's `sorted` does: by their printed text, or by
  /// `sort_compare(a, b)` when given (Node's `sorted: function`).
  bool sorted = false;
  v8::Local<v8::Function> sort_compare;
  /// Node's `getters`: call getters and show what they return
  /// (`[Getter: 1]`), all of them, or only those without a setter (kGet)
  /// or with one (kSet).
  enum class Getters { kNone, kAll, kGet, kSet };
  Getters getters = Getters::kNone;
  /// Node's `colors`: every piece of the output that has a kind (a number,
  /// a string, `[Getter]`, `[Circular *1]`, ...) is wrapped in the terminal
  /// escape codes of that kind's style. Which style a kind has is looked up
  /// in `styles` (util.inspect.styles: kind -> style name) and the codes of
  /// a style in `color_codes` (util.inspect.colors: name -> [on, off]), at
  /// every use, so a program that changes those tables changes the output.
  /// Without the tables nothing is coloured.
  bool colors = false;
  v8::Local<v8::Object> styles;
  v8::Local<v8::Object> color_codes;
  /// With colors, a stack frame in `node:<id>` is greyed as the runtime's
  /// own code when this says `id` is one of its built-in modules.
  std::function<bool(const std::string& id)> is_builtin;
};

/// Node's stylizeWithColor: `text` between the escape codes that
/// `styles[kind]` names in `color_codes`, or `text` itself when the kind has
/// no style or the style no codes.
std::string Stylize(v8::Local<v8::Context> context, v8::Local<v8::Object> styles,
                    v8::Local<v8::Object> color_codes, const std::string& text, const char* kind);

/// `util.inspect(value)`: strings at the top level are quoted, as in
/// console.log('%o', 'x') or an array element. A getter is shown as [Getter]
/// and not called, and any exception raised by user code that inspection has
/// to run (a Proxy trap, a Symbol.toStringTag getter) is caught and the value
/// printed as well as possible. Only with `throw_user_errors` does an error of
/// a custom inspect method escape: then the result is "" and the exception is
/// pending.
std::string Inspect(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                    const InspectOptions& options = {});

/// `util.format(...args)`: the first argument may hold %s %d %i %f %j %o %O %c
/// and %%; the arguments left over are appended, strings as they are and
/// other values inspected, separated by spaces. This is what console.log prints.
/// `options` is Node's formatWithOptions: the inspect options for every value
/// it inspects.
std::string FormatArguments(v8::Local<v8::Context> context,
                            const std::vector<v8::Local<v8::Value>>& args,
                            const InspectOptions& options = {});

}  // namespace engine
