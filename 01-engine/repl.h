/// \file
/// A read-eval-print loop: what runs with no script on a terminal.
///
/// Each input is compiled as a script of its own in the same context, so
/// globals (and top-level let/const/class) persist from one line to the
/// next. Input that is a syntax error only because it stops early ("Unexpected
/// end of input") is continued on the next line under a "... " prompt.
#pragma once

#include <functional>
#include <iosfwd>
#include <optional>

#include "engine.h"

namespace engine {

/// Reads inputs from `in` until EOF or `.exit`, printing each result as
/// util.inspect shows it and each exception as "Uncaught ...". Prompts are
/// shown when `prompts` is true (a terminal). `after_input` runs after each
/// evaluation. Returns the exit code: 0, or what `exit_requested` returns
/// once the program was asked to end (see MainHooks::exit_requested).
int RunRepl(
    Engine& engine, std::istream& in, std::ostream& out, bool prompts,
    const std::function<void()>& after_input = [] {},
    const std::function<std::optional<int>()>& exit_requested = [] { return std::nullopt; });

/// The REPL on stdin and stdout.
int RunRepl(
    Engine& engine, const std::function<void()>& after_input = [] {},
    const std::function<std::optional<int>()>& exit_requested = [] { return std::nullopt; });

}  // namespace engine
