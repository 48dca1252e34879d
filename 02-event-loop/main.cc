/// \file
/// Stage 02, the event loop: V8 plus libuv.
///
/// Read this file top to bottom; it is the whole life of the process. It is
/// stage 01's main() with one new object, the Runtime, between the engine and
/// the script:
///   1. parse the command line (this stage adds --trace-loop),
///   2. start V8 once for the process,
///   3. create the engine (isolate + context with console),
///   4. create the Runtime: a libuv loop, timers, immediates, the nextTick and
///      microtask queues, `process`, `performance` (runtime.h),
///   5. run the main script; then the loop runs until nothing keeps it alive
///      (the after_main hook), and its exit code is the process's,
///   6. tear down in reverse: the Runtime closes every handle and the loop,
///      then the engine disposes the isolate.
#include <cstdio>
#include <optional>

#include "command_line.h"
#include "console.h"
#include "engine.h"
#include "platform.h"
#include "repl_tty.h"
#include "run_main.h"
#include "runtime.h"

int main(int argc, char** argv) {
  const engine::StageInfo stage{
      "02-event-loop",
      "Stage 02: the event loop. Adds libuv's loop with timers, immediates, nextTick,\n"
      "microtasks, unhandled rejections and a small `process`.",
      {loop::LoopTrace::Flag("print each loop iteration, phase and callback on stderr")}};

  engine::CommandLine cmd = engine::ParseCommandLine(argc, argv, stage);
  if (std::optional<int> exit_code = engine::HandleModesThatRunNoCode(cmd, stage)) {
    return *exit_code;  // --help, --version or a bad option
  }

  engine::V8Process v8_process;
  int exit_code;
  {
    engine::Engine engine;
    v8::Isolate::Scope isolate_scope(engine.isolate());
    v8::HandleScope handle_scope(engine.isolate());
    v8::Context::Scope context_scope(engine.context());

    loop::Runtime runtime(engine, cmd, stage);
    engine::MainHooks hooks;
    // The script ran to completion: now drain the queues and run the loop.
    hooks.after_main = [&] { return runtime.RunLoop(); };
    // The REPL reads the terminal on the loop, so timers fire while the
    // prompt waits (repl_tty.h).
    hooks.repl = [&] { return loop::RunTerminalRepl(runtime); };
    // process.exit() (or a fatal error) ends the run with this code.
    hooks.exit_requested = [&] { return runtime.exit_requested(); };
    exit_code = engine::RunMain(engine, cmd, stage, hooks);
  }  // the Runtime closes its handles and the loop, then the engine goes
  std::fflush(stdout);
  return exit_code;
}
