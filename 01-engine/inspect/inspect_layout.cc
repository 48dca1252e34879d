#include "inspect/inspect_layout.h"

#include <algorithm>
#include <cmath>

#include "inspect/inspect_text.h"

namespace engine {
namespace {

using inspect_text::DisplayWidth;
using inspect_text::RemoveColors;
using inspect_text::Spaces;
using inspect_text::Utf16Length;

// Each entry is followed by a comma and a space when entries share a line.
constexpr int kSeparatorWidth = 2;

std::string Join(const std::vector<std::string>& entries, const std::string& separator) {
  size_t size = 0;
  for (const std::string& entry : entries) size += entry.size() + separator.size();
  std::string out;
  out.reserve(size);
  for (size_t i = 0; i < entries.size(); i++) {
    if (i > 0) out += separator;
    out += entries[i];
  }
  return out;
}

// JavaScript's Math.round: halves round up, towards +Infinity.
double RoundLikeJs(double x) { return std::floor(x + 0.5); }

// Would `entries` fit on one line of break_length columns, given that
// `start` columns are already taken by braces, indentation and the like?
// (Node measures string.length here, not the display width; colour codes
// do not count, but those in `base` do.)
bool FitsOnOneLine(const LayoutState& state, const std::vector<std::string>& entries, size_t start,
                   const std::string& base) {
  size_t total = entries.size() + start;
  if (total + entries.size() > static_cast<size_t>(state.break_length)) return false;
  for (const std::string& entry : entries) {
    total += state.colors ? Utf16Length(RemoveColors(entry)) : Utf16Length(entry);
    if (total > static_cast<size_t>(state.break_length)) return false;
  }
  // A base that spans lines (an error's stack) never shares its last line
  // with the entries.
  return base.find('\n') == std::string::npos;
}

std::string WithBase(const std::string& base, const std::string& rest) {
  return base.empty() ? rest : base + " " + rest;
}

// How many columns the grouped entries get: about as many rows as columns
// times the height of a character (2.5 widths), never wider than the line,
// never more than 15 (or compact * 4).
int ColumnCount(const LayoutState& state, size_t entry_count, size_t grouped_count,
                double total_length, int widest) {
  const double kCharacterHeight = 2.5;
  double average_bias = std::sqrt(widest - total_length / entry_count);
  double biased_max = std::max(widest - 3 - average_bias, 1.0);
  double square =
      RoundLikeJs(std::sqrt(kCharacterHeight * biased_max * grouped_count) / biased_max);
  double fitting = std::floor(static_cast<double>(state.break_length - state.indentation) / widest);
  return static_cast<int>(std::min({square, fitting, state.compact * 4.0, 15.0}));
}

}  // namespace

std::vector<std::string> GroupIntoColumns(const LayoutState& state,
                                          std::vector<std::string> entries, bool numeric) {
  // A trailing "... N more items" is not one of the elements: it is left out
  // of the measurements and appended on its own line at the end.
  size_t grouped_count = entries.size();
  bool has_more_items = state.max_array_length < static_cast<int>(entries.size());
  if (has_more_items) grouped_count--;

  std::vector<int> widths(grouped_count);
  double total_length = 0;
  int max_width = 0;
  for (size_t i = 0; i < grouped_count; i++) {
    widths[i] = static_cast<int>(
        DisplayWidth(state.colors ? RemoveColors(entries[i]) : std::string(entries[i])));
    total_length += widths[i] + kSeparatorWidth;
    max_width = std::max(max_width, widths[i]);
  }
  int widest = max_width + kSeparatorWidth;
  // Group only when three entries fit side by side, and not when one entry
  // is so much longer than the rest that the short ones would drown in space.
  bool fits_three = widest * 3 + state.indentation < state.break_length;
  bool similar_lengths = total_length / widest > 5 || max_width <= 6;
  if (!fits_three || !similar_lengths) return entries;

  int columns = ColumnCount(state, entries.size(), grouped_count, total_length, widest);
  if (columns <= 1) return entries;

  std::vector<int> column_widths(columns, 0);
  for (int column = 0; column < columns; column++) {
    for (size_t j = column; j < grouped_count; j += columns) {
      column_widths[column] = std::max(column_widths[column], widths[j]);
    }
    column_widths[column] += kSeparatorWidth;
  }

  std::vector<std::string> rows;
  for (size_t row_start = 0; row_start < grouped_count; row_start += columns) {
    size_t row_end = std::min(row_start + columns, grouped_count);
    std::string row;
    for (size_t j = row_start; j < row_end; j++) {
      bool last_in_row = j + 1 == row_end;
      std::string cell = last_in_row ? entries[j] : entries[j] + ", ";
      int cell_width = widths[j] + (last_in_row ? 0 : kSeparatorWidth);
      int target = column_widths[j - row_start] - (last_in_row ? kSeparatorWidth : 0);
      std::string padding = Spaces(target - cell_width);
      if (numeric) {
        row += padding + cell;  // numbers line up on their last digit
      } else if (!last_in_row) {
        row += cell + padding;  // the last cell needs no trailing spaces
      } else {
        row += cell;
      }
    }
    rows.push_back(std::move(row));
  }
  if (has_more_items) rows.push_back(std::move(entries.back()));
  return rows;
}

std::string JoinEntries(const LayoutState& state, std::vector<std::string> entries,
                        const std::string& base, const std::string& open, const std::string& close,
                        EntryList kind, int depth, bool numeric) {
  if (state.compact >= 1) {
    size_t entry_count = entries.size();
    if (kind == EntryList::kArray && entry_count > 6) {
      entries = GroupIntoColumns(state, std::move(entries), numeric);
    }
    // Grouped rows are never joined into one line; otherwise the innermost
    // `compact` levels may share a line if it is short enough. The 10 leaves
    // room for what precedes the value on its line (a key, a comma).
    bool innermost = state.current_depth - depth < state.compact;
    if (innermost && entry_count == entries.size()) {
      size_t start =
          entries.size() + state.indentation + Utf16Length(open) + Utf16Length(base) + 10;
      if (FitsOnOneLine(state, entries, start, base)) {
        std::string joined = Join(entries, ", ");
        if (joined.find('\n') == std::string::npos) {
          return WithBase(base, open + " " + joined + " " + close);
        }
      }
    }
  }
  std::string line_break = "\n" + Spaces(state.indentation);
  return WithBase(
      base, open + line_break + "  " + Join(entries, "," + line_break + "  ") + line_break + close);
}

}  // namespace engine
