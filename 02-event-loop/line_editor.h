/// \file
/// The line being typed at the REPL's prompt: keys in, text and cursor out.
/// (Node: lib/internal/readline/interface.js and emitKeypressEvents.)
///
/// In raw mode (repl_tty.h) the terminal hands over every key as it is
/// pressed, and editing becomes the program's job. Keys arrive as bytes:
///
///     a, é (UTF-8)          printable: inserted at the cursor
///     0x01 .. 0x1f, 0x7f    control keys: Ctrl-A is 0x01, Backspace 0x7f
///     ESC [ A, ESC [ 3 ~    escape sequences: the arrows, Home, End, Delete
///
/// This class decodes them, one byte at a time (a sequence may be split across
/// two reads), and keeps the line, the cursor and this session's history. It
/// does no I/O: the REPL feeds it bytes, asks it what to do, and writes what
/// Render() returns. So it can be read, and tested, without a terminal.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace loop {

class LineEditor {
 public:
  /// What a byte means for the REPL, once the key it belongs to is complete.
  enum class Event {
    kEdited,      ///< the line or the cursor may have changed: redraw
    kLine,        ///< Enter: TakeLine() has the line
    kInterrupt,   ///< Ctrl-C
    kEndOfInput,  ///< Ctrl-D on an empty line
  };

  Event Feed(char byte);

  /// The line that Enter submitted. It goes into the history (unless it is
  /// empty or repeats the last entry) and the editor starts a new, empty line.
  std::string TakeLine();
  /// Forgets the line being typed (Ctrl-C).
  void Clear();

  const std::string& line() const { return line_; }
  /// The escape sequence that draws `prompt` and the line on the terminal's
  /// current row, and puts the cursor where it is in the line.
  std::string Render(const std::string& prompt) const;

 private:
  Event Key(char byte);
  Event EscapeSequence(char final_byte);
  void MoveLeft();
  void MoveRight();
  void Insert(char byte);
  void EraseBefore();  ///< Backspace
  void EraseAt();      ///< Delete
  void EraseWordBefore();
  void History(int step);

  std::string line_;
  size_t cursor_ = 0;  ///< a byte offset in line_, always at the start of a character

  std::vector<std::string> history_;  ///< oldest first
  size_t history_at_ = 0;             ///< == history_.size(): the line being typed
  std::string draft_;                 ///< that line, while Up shows older ones

  enum class Escape { kNone, kEsc, kBracket, kLetterO } escape_ = Escape::kNone;
  std::string escape_parameters_;  ///< "3" in ESC [ 3 ~, "1;5" in ESC [ 1;5 C
};

}  // namespace loop
