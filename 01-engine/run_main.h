/// \file
/// Runs what the command line asked for: a file, -e/-p code, stdin or the REPL.
///
/// This is the part of a runtime that Node calls "the main entry point": it
/// picks the source, runs it inside a v8::TryCatch, and turns the outcome
/// into an exit code (0, or 1 for an uncaught exception, as in Node).
#pragma once

#include <v8.h>

#include <functional>
#include <optional>
#include <string>

#include "command_line.h"
#include "engine.h"

namespace engine {

/// What a later stage adds around the main script; stage 01 adds nothing.
struct MainHooks {
  /// Runs after the main code finished without an uncaught exception (02 runs
  /// the event loop here) and returns the exit code.
  std::function<int()> after_main = [] { return 0; };
  /// The REPL, when set: runs in place of stage 01's, which blocks the thread
  /// on stdin (repl.h). Stage 02 reads the terminal on its event loop instead,
  /// so that timers keep firing while the prompt waits. Returns the exit code.
  std::function<int()> repl;
  /// Whether the program was asked to end, and with which exit code. A later
  /// stage's process.exit() stops the code that called it with
  /// v8::Isolate::TerminateExecution, which no JavaScript can catch; RunMain
  /// asks this hook when code was terminated, instead of reporting an
  /// exception that nobody threw.
  std::function<std::optional<int>()> exit_requested = [] { return std::nullopt; };
  /// Runs the script file named on the command line, instead of compiling it
  /// as a classic script (stage 05 loads it as a CommonJS module). Returns
  /// an empty handle when it threw. Unset: stage 01's way.
  std::function<v8::MaybeLocal<v8::Value>(const std::string& path)> run_main_file;
  /// Compiles and runs -e/-p/stdin code (`name` is "[eval]" or "[stdin]")
  /// as a classic script, instead of Engine::RunScript: stage 05 gives the
  /// script a referrer, for import() inside it. Unset: stage 01's way.
  std::function<v8::MaybeLocal<v8::Value>(const std::string& source, const std::string& name)>
      run_script;
  /// The main code threw: true when a handler took the exception and the
  /// program goes on (stage 05's 'uncaughtException'). Unset: it is printed
  /// and the exit code is 1.
  std::function<bool(const v8::TryCatch& try_catch)> uncaught_exception;
};

/// Runs the main code and returns the process's exit code. Call it with the
/// engine's isolate and context entered.
int RunMain(Engine& engine, const CommandLine& cmd, const StageInfo& stage,
            const MainHooks& hooks = {});

/// Prints the exception held by `try_catch` as an uncaught exception.
void ReportException(Engine& engine, const v8::TryCatch& try_catch, const CommandLine& cmd,
                     const StageInfo& stage);

}  // namespace engine
