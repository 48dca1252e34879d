/// \file
/// Stage 01's REPL reader: what runs with no script on a terminal.
///
/// It blocks the thread on `std::getline` until a line is typed, then hands
/// the line to the session (repl_session.h), which evaluates it and says what
/// to print. Blocking is right here, because stage 01 has nothing else to do:
/// no timers, no I/O, no event loop that could want the thread while the user
/// thinks. From stage 02 on it would be wrong: a timer due while the prompt
/// waits could not fire. That stage brings its own reader, which waits for
/// the keyboard on the event loop (MainHooks::repl, 02-event-loop/repl_tty.h).
/// The terminal stays in its normal, line-by-line mode, so the terminal
/// itself does the (minimal) editing and Ctrl-C ends the process.
#pragma once

#include <iosfwd>

#include "engine.h"

namespace engine {

/// Reads lines from `in` until EOF (Ctrl-D) or `.exit`, printing each
/// result or exception to `out` as Node's REPL does. Prompts are shown when
/// `prompts` is true (a terminal). Returns the exit code, 0.
int RunRepl(Engine& engine, std::istream& in, std::ostream& out, bool prompts);

/// The REPL on stdin and stdout.
int RunRepl(Engine& engine);

}  // namespace engine
