/// \file
/// What every REPL of this runtime shares, whoever reads the keyboard: the
/// session. It takes one line at a time, as the user finished typing it, and
/// answers with the text to show.
///
/// The reader is a separate piece, because how a line arrives is the one thing
/// that changes from stage to stage: stage 01 has no event loop and blocks on
/// `std::getline` (repl.h); from stage 02 on the terminal is read on the loop,
/// with line editing, while timers keep firing (02-event-loop/repl_tty.h).
/// Either way the lines come here, and the session does what Node's REPL does
/// with them:
///
/// - **Each input is a script of its own** in the same context, named `REPL1`,
///   `REPL2`, ... as Node names them, so globals (and top-level
///   let/const/class) persist from one input to the next.
/// - **Input that stops early continues**: a syntax error that more text could
///   cure ("Unexpected end of input") keeps the lines pending under a "... "
///   prompt; `.break` drops them.
/// - **Commands**: `.exit`, `.help`, `.break`.
/// - **Results and errors look like Node's**: a value as util.inspect shows it;
///   an exception as `Uncaught Error: x` (not `Uncaught [Error: x]`), with the
///   frames of the user's own functions but not those of the REPL's top level,
///   and a syntax error under its source line and a caret line.
#pragma once

#include <v8.h>

#include <string>

#include "engine.h"

namespace engine {

class ReplSession {
 public:
  explicit ReplSession(Engine& engine) : engine_(engine) {}

  /// What became of a line.
  struct Reply {
    std::string text;   ///< to print after what the input itself printed; "" or ends in "\n"
    bool exit = false;  ///< `.exit`: the session is over
  };

  /// Takes one line as typed, without its newline. Evaluates the pending
  /// input once it is complete. Output the evaluation writes (console.log)
  /// goes straight to stdout; the reply comes after it. If the code ended the
  /// program (a later stage's process.exit()), the reply is empty.
  Reply TakeLine(const std::string& line);

  /// "> ", or "... " while an input spans several lines.
  const char* prompt() const { return pending_.empty() ? "> " : "... "; }
  bool continuing() const { return !pending_.empty(); }
  /// Drops a pending multi-line input (`.break`, or Ctrl-C in stage 02).
  void Break() { pending_.clear(); }

  /// How the REPL shows an exception nobody caught: "Uncaught ..." and a
  /// newline. `from_input` is true for an exception thrown by an input (its
  /// frames in the user's functions are shown), false for one thrown later by
  /// a callback from the loop (shown with no frames, as Node's REPL does).
  std::string FormatUncaught(v8::Local<v8::Value> exception, v8::Local<v8::Message> message,
                             bool from_input) const;

 private:
  enum class Outcome { kValue, kException, kIncomplete, kTerminated };
  Outcome Evaluate(const std::string& code, std::string* printed);

  Engine& engine_;
  std::string pending_;  ///< lines of an input that is not complete yet
  int inputs_ = 0;       ///< numbers the scripts: REPL1, REPL2, ...
};

}  // namespace engine
