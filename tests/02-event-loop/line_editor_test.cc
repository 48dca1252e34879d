/// \file
/// The REPL's line editor without a terminal: bytes in, line and cursor out.
/// (tests/repl/repl_test.py drives the same keys through a real pseudo-terminal.)
#include "line_editor.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using Event = loop::LineEditor::Event;

// Feeds every byte of `keys`; returns the events that were not kEdited.
std::vector<Event> Type(loop::LineEditor& editor, const std::string& keys) {
  std::vector<Event> events;
  for (char byte : keys) {
    Event event = editor.Feed(byte);
    if (event != Event::kEdited) events.push_back(event);
  }
  return events;
}

// The line with a '|' where the cursor is, read back from what Render draws.
std::string WithCursor(const loop::LineEditor& editor) {
  std::string drawn = editor.Render("");
  std::string line = editor.line();
  size_t back = 0;
  size_t left = drawn.rfind("\x1b[K\x1b[");
  if (left != std::string::npos) back = std::stoul(drawn.substr(left + 5));
  size_t cursor = line.size();
  while (back > 0) {  // step back over whole UTF-8 characters
    do cursor--;
    while ((static_cast<unsigned char>(line[cursor]) & 0xc0) == 0x80);
    back--;
  }
  return line.substr(0, cursor) + "|" + line.substr(cursor);
}

TEST(LineEditorTest, InsertsAndErasesInTheMiddle) {
  loop::LineEditor editor;
  Type(editor, "'ac'\x1b[D\x1b[Db");
  EXPECT_EQ(WithCursor(editor), "'ab|c'");
  Type(editor, "x\x7f");  // Backspace
  EXPECT_EQ(WithCursor(editor), "'ab|c'");
  Type(editor, "\x1b[H\x1b[3~");  // Home, Delete
  EXPECT_EQ(WithCursor(editor), "|abc'");
  Type(editor, "\x1b[F");  // End
  EXPECT_EQ(WithCursor(editor), "abc'|");
}

TEST(LineEditorTest, ControlKeysMoveAndKill) {
  loop::LineEditor editor;
  Type(editor, "let a = 1\x01");  // Ctrl-A
  EXPECT_EQ(WithCursor(editor), "|let a = 1");
  Type(editor, "\x05\x17");  // Ctrl-E, Ctrl-W: the word before the cursor
  EXPECT_EQ(WithCursor(editor), "let a = |");
  Type(editor, "\x02\x02\x0b");  // Ctrl-B twice, Ctrl-K: to the end
  EXPECT_EQ(WithCursor(editor), "let a |");
  Type(editor, "\x15");  // Ctrl-U: to the start
  EXPECT_EQ(WithCursor(editor), "|");
}

TEST(LineEditorTest, MovesOverWholeUtf8Characters) {
  loop::LineEditor editor;
  Type(editor, "h\xc3\xa9!\x1b[D\x1b[D\x7f");  // "hé!", left twice, Backspace
  EXPECT_EQ(WithCursor(editor), "|\xc3\xa9!");
  Type(editor, "\x1b[C\x7f");  // right over é, erase it whole
  EXPECT_EQ(WithCursor(editor), "|!");
}

TEST(LineEditorTest, HistoryGoesUpAndBackDownToTheDraft) {
  loop::LineEditor editor;
  EXPECT_EQ(Type(editor, "one\r"), std::vector<Event>{Event::kLine});
  EXPECT_EQ(editor.TakeLine(), "one");
  Type(editor, "two\r");
  editor.TakeLine();
  Type(editor, "two\r");  // a repeat is not kept twice
  editor.TakeLine();
  Type(editor, "dra");
  Type(editor, "\x1b[A");
  EXPECT_EQ(editor.line(), "two");
  Type(editor, "\x1b[A\x1b[A");  // stops at the oldest
  EXPECT_EQ(editor.line(), "one");
  Type(editor, "\x1b[B\x1b[B");
  EXPECT_EQ(editor.line(), "dra");
}

TEST(LineEditorTest, EscapeSequencesMayArriveInPieces) {
  loop::LineEditor editor;
  Type(editor, "ab\x1b");
  Type(editor, "[");
  Type(editor, "D");
  EXPECT_EQ(WithCursor(editor), "a|b");
}

TEST(LineEditorTest, CtrlCAndCtrlD) {
  loop::LineEditor editor;
  EXPECT_EQ(Type(editor, "\x04"), std::vector<Event>{Event::kEndOfInput});
  EXPECT_EQ(Type(editor, "ab\x01\x04"), std::vector<Event>{});  // Ctrl-D deletes here
  EXPECT_EQ(editor.line(), "b");
  EXPECT_EQ(Type(editor, "\x03"), std::vector<Event>{Event::kInterrupt});
}

}  // namespace
