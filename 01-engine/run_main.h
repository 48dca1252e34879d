/// \file
/// Runs what the command line asked for: a file, -e/-p code, stdin or the REPL.
///
/// This is the part of a runtime that Node calls "the main entry point": it
/// picks the source, runs it inside a v8::TryCatch, and turns the outcome
/// into an exit code (0, or 1 for an uncaught exception, as in Node).
#pragma once

#include <v8.h>

#include <functional>

#include "command_line.h"
#include "engine.h"

namespace engine {

/// What a later stage adds around the main script; stage 01 adds nothing.
struct MainHooks {
  /// Runs after the main code finished without an uncaught exception (02 runs
  /// the event loop here) and returns the exit code.
  std::function<int()> after_main = [] { return 0; };
  /// Runs after each REPL input was evaluated.
  std::function<void()> after_repl_input = [] {};
};

/// Runs the main code and returns the process's exit code. Call it with the
/// engine's isolate and context entered.
int RunMain(Engine& engine, const CommandLine& cmd, const StageInfo& stage,
            const MainHooks& hooks = {});

/// Prints the exception held by `try_catch` as an uncaught exception.
void ReportException(Engine& engine, const v8::TryCatch& try_catch, const CommandLine& cmd,
                     const StageInfo& stage);

}  // namespace engine
