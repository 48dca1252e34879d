#include "line_editor.h"

namespace loop {
namespace {

constexpr char Ctrl(char letter) { return static_cast<char>(letter - 'A' + 1); }
constexpr char kEscape = 0x1b;
constexpr char kBackspace = 0x7f;

// UTF-8: a character is a lead byte and 0..3 continuation bytes (10xxxxxx).
// The cursor moves and erases whole characters.
bool IsContinuation(char byte) { return (static_cast<unsigned char>(byte) & 0xc0) == 0x80; }

size_t CharacterCount(const std::string& text, size_t from) {
  size_t count = 0;
  for (size_t i = from; i < text.size(); i++) count += !IsContinuation(text[i]);
  return count;
}

}  // namespace

LineEditor::Event LineEditor::Feed(char byte) {
  switch (escape_) {
    case Escape::kNone:
      if (byte == kEscape) {
        escape_ = Escape::kEsc;
        return Event::kEdited;
      }
      return Key(byte);
    case Escape::kEsc:
      escape_ = byte == '[' ? Escape::kBracket : byte == 'O' ? Escape::kLetterO : Escape::kNone;
      escape_parameters_.clear();
      // A lone Escape key followed by something else: drop the Escape.
      return escape_ == Escape::kNone ? Key(byte) : Event::kEdited;
    case Escape::kBracket:
    case Escape::kLetterO:
      // Parameters are digits and ';', the sequence ends with its final byte.
      if ((byte >= '0' && byte <= '9') || byte == ';') {
        escape_parameters_ += byte;
        return Event::kEdited;
      }
      escape_ = Escape::kNone;
      return EscapeSequence(byte);
  }
  return Event::kEdited;
}

LineEditor::Event LineEditor::Key(char byte) {
  switch (byte) {
    case '\r':
    case '\n':
      return Event::kLine;
    case Ctrl('C'):
      return Event::kInterrupt;
    case Ctrl('D'):
      if (line_.empty()) return Event::kEndOfInput;
      EraseAt();
      break;
    case Ctrl('A'):
      cursor_ = 0;
      break;
    case Ctrl('E'):
      cursor_ = line_.size();
      break;
    case Ctrl('B'):
      MoveLeft();
      break;
    case Ctrl('F'):
      MoveRight();
      break;
    case Ctrl('H'):
    case kBackspace:
      EraseBefore();
      break;
    case Ctrl('K'):  // erase from the cursor to the end
      line_.erase(cursor_);
      break;
    case Ctrl('U'):  // erase from the start to the cursor
      line_.erase(0, cursor_);
      cursor_ = 0;
      break;
    case Ctrl('W'):
      EraseWordBefore();
      break;
    case Ctrl('P'):
      History(-1);
      break;
    case Ctrl('N'):
      History(+1);
      break;
    default:
      // Other control keys (Tab among them: no completion in this stage) do nothing.
      if (static_cast<unsigned char>(byte) >= 0x20) Insert(byte);
  }
  return Event::kEdited;
}

LineEditor::Event LineEditor::EscapeSequence(char final_byte) {
  // Terminals differ: Home is ESC [ H, ESC O H, ESC [ 1 ~ or ESC [ 7 ~.
  switch (final_byte) {
    case 'A':
      History(-1);
      break;
    case 'B':
      History(+1);
      break;
    case 'C':
      MoveRight();
      break;
    case 'D':
      MoveLeft();
      break;
    case 'H':
      cursor_ = 0;
      break;
    case 'F':
      cursor_ = line_.size();
      break;
    case '~':
      if (escape_parameters_ == "1" || escape_parameters_ == "7") cursor_ = 0;
      if (escape_parameters_ == "4" || escape_parameters_ == "8") cursor_ = line_.size();
      if (escape_parameters_ == "3") EraseAt();
      break;
    default:  // a key this editor does not know: ignored whole
      break;
  }
  return Event::kEdited;
}

void LineEditor::MoveLeft() {
  while (cursor_ > 0 && IsContinuation(line_[--cursor_])) {
  }
}

void LineEditor::MoveRight() {
  if (cursor_ < line_.size()) cursor_++;
  while (cursor_ < line_.size() && IsContinuation(line_[cursor_])) cursor_++;
}

void LineEditor::Insert(char byte) { line_.insert(cursor_++, 1, byte); }

void LineEditor::EraseBefore() {
  size_t end = cursor_;
  MoveLeft();
  line_.erase(cursor_, end - cursor_);
}

void LineEditor::EraseAt() {
  size_t start = cursor_;
  MoveRight();
  line_.erase(start, cursor_ - start);
  cursor_ = start;
}

void LineEditor::EraseWordBefore() {
  size_t end = cursor_;
  while (cursor_ > 0 && line_[cursor_ - 1] == ' ') cursor_--;
  while (cursor_ > 0 && line_[cursor_ - 1] != ' ') cursor_--;
  line_.erase(cursor_, end - cursor_);
}

void LineEditor::History(int step) {
  if (step < 0 && history_at_ == 0) return;
  if (step > 0 && history_at_ == history_.size()) return;
  if (history_at_ == history_.size()) draft_ = line_;  // leaving the line being typed
  history_at_ += step;
  line_ = history_at_ == history_.size() ? draft_ : history_[history_at_];
  cursor_ = line_.size();
}

std::string LineEditor::TakeLine() {
  std::string line = std::move(line_);
  if (!line.empty() && (history_.empty() || history_.back() != line)) history_.push_back(line);
  Clear();
  return line;
}

void LineEditor::Clear() {
  line_.clear();
  cursor_ = 0;
  draft_.clear();
  history_at_ = history_.size();
}

std::string LineEditor::Render(const std::string& prompt) const {
  // Carriage return, the prompt and the line, erase what a longer line left
  // behind (ESC [ K), then step back over the characters after the cursor.
  std::string text = "\r" + prompt + line_ + "\x1b[K";
  size_t after_cursor = CharacterCount(line_, cursor_);
  if (after_cursor > 0) text += "\x1b[" + std::to_string(after_cursor) + "D";
  return text;
}

}  // namespace loop
