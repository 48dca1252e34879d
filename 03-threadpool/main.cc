/// \file
/// Stage 03, the thread pool: blocking work off the loop thread.
///
/// Read this file top to bottom; it is the whole life of the process. It is
/// stage 02's main() with two new objects after the Runtime:
///   1. parse the command line (--trace-loop now also shows the pool),
///   2. start V8 once for the process,
///   3. create the engine (isolate + context with console),
///   4. create the Runtime of stage 02: the loop, timers, queues, `process`,
///   5. create the ThreadPool: jobs go to libuv's worker threads and come
///      back on the loop thread (thread_pool.h),
///   6. install `require` with this stage's modules: fs, dns, crypto, zlib
///      (modules.h), each offering its blocking operations on the pool,
///   7. run the main script, then the loop, as in stage 02: a job in flight
///      keeps the loop alive like a pending timer,
///   8. shut the pool down: jobs still in flight when the program ends
///      (process.exit(), an uncaught exception) are cancelled or awaited,
///      never abandoned to a worker writing into freed memory,
///   9. tear down in reverse.
#include <cstdio>
#include <optional>

#include "command_line.h"
#include "console.h"
#include "engine.h"
#include "modules.h"
#include "platform.h"
#include "repl_tty.h"
#include "run_main.h"
#include "runtime.h"
#include "thread_pool.h"

int main(int argc, char** argv) {
  const engine::StageInfo stage{
      "03-threadpool",
      "Stage 03: the thread pool. Adds require('fs'), require('dns'), require('crypto') and\n"
      "require('zlib'), whose blocking work runs on libuv's worker threads\n"
      "(UV_THREADPOOL_SIZE, default 4).",
      {loop::LoopTrace::Flag(
          "print each loop iteration, phase and callback, and each pool job, on stderr")}};

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
    pool::ThreadPool thread_pool(runtime);
    pool::BuiltinModules modules(runtime, thread_pool);
    modules.Install(engine.context());

    engine::MainHooks hooks;
    hooks.after_main = [&] { return runtime.RunLoop(); };
    hooks.repl = [&] { return loop::RunTerminalRepl(runtime); };  // as in stage 02
    hooks.exit_requested = [&] { return runtime.exit_requested(); };
    exit_code = engine::RunMain(engine, cmd, stage, hooks);

    thread_pool.Shutdown(exit_code);
  }  // the modules, the pool, the Runtime (its handles, the loop), the engine
  std::fflush(stdout);
  return exit_code;
}
