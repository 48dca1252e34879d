/// \file
/// Stage 04, the binding layer: how JavaScript reaches C++ at scale.
///
/// Read this file top to bottom; it is the whole life of the process. It is
/// stage 03's main() with one new object, the Realm, between the lower
/// stages and the script:
///   1. parse the command line,
///   2. start V8 once for the process,
///   3. create the engine (isolate + context with console),
///   4. create the Runtime: the libuv loop, timers, queues, `process` (02),
///   5. create the ThreadPool and the built-in modules behind require() (03),
///   6. create the Realm (realm.h) with this stage's list of bindings
///      (binding_list.cc): the bindings of this context, built on first use
///      by `internalBinding(name)`, and the C++ objects wrapped by
///      JS objects (handles, requests); then bootstrap the globals that come
///      from bindings (`internalBinding` itself, `Buffer`),
///   7. run the main script, then the loop until nothing keeps it alive,
///   8. shut the pool down (jobs in flight are cancelled or awaited, 03),
///   9. tear down in reverse: the Realm ends every wrapped object still alive
///      (open handles are closed), the modules and the pool go, the Runtime
///      closes the loop, the engine disposes the isolate.
#include <cstdio>
#include <optional>

#include "command_line.h"
#include "console.h"
#include "engine.h"
#include "modules.h"
#include "platform.h"
#include "realm.h"
#include "repl_tty.h"
#include "run_main.h"
#include "runtime.h"
#include "thread_pool.h"

int main(int argc, char** argv) {
  const engine::StageInfo stage{
      "04-bindings",
      "Stage 04: the binding layer. Adds internalBinding(name) and its registry of native\n"
      "modules, C++ objects owned by JS objects, TCP and timer handles, and Buffer.",
      {loop::LoopTrace::Flag(
           "print each loop iteration, phase and callback, and each pool job, on stderr"),
       {"--expose-internals",
        "accepted as Node accepts it; internalBinding() is always there in this stage"}}};

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
    modules.Install(engine.context());  // require(), as in stage 03
    bindings::Realm realm(runtime, modules, {bindings::kStage04Bindings});
    realm.Bootstrap();  // globalThis.internalBinding and Buffer

    engine::MainHooks hooks;
    hooks.after_main = [&] { return runtime.RunLoop(); };
    hooks.repl = [&] { return loop::RunTerminalRepl(runtime); };  // as in stage 02
    hooks.exit_requested = [&] { return runtime.exit_requested(); };
    exit_code = engine::RunMain(engine, cmd, stage, hooks);

    thread_pool.Shutdown(exit_code);
  }  // the Realm ends its objects; the modules, the pool, the Runtime, the engine go
  std::fflush(stdout);
  return exit_code;
}
