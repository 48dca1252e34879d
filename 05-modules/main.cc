/// \file
/// Stage 05, the modules: the JavaScript core library and `require`.
///
/// The whole life of the process is RunProgram() (program.cc), read top to
/// bottom; this main() only names the layers it runs with. It is
/// stage 04's main() with one new step, the bootstrap, between the Realm and
/// the script:
///   1. parse the command line,
///   2. start V8 once for the process,
///   3. create the engine (isolate + context with console),
///   4. create the Runtime: the libuv loop, timers, queues, `process` (02),
///   5. create the ThreadPool and stage 03's C++ modules (03),
///   6. create the Realm: the bindings and the wrapped C++ objects (04),
///   7. bootstrap the JavaScript library (bootstrap.h): the loader of the
///      built-in modules in lib/, then `process` and the globals; from here
///      on `internalBinding` is no global,
///   8. run the main script as a CommonJS module (lib/internal/modules/cjs/
///      loader.js), or -e/-p/stdin/REPL code with its `require`; then the
///      loop until nothing keeps it alive,
///   9. shut the pool down and tear down in reverse.
#include "binding_registry.h"
#include "builtins.h"
#include "program.h"

int main(int argc, char** argv) {
  const engine::StageInfo stage{
      "05-modules",
      "Stage 05: the modules. Adds the JavaScript core library, compiled into the binary,\n"
      "and CommonJS require().",
      modules::ModulesFlags()};
  // The layers this program stands on: stage 04's bindings and its own,
  // the sources of lib/ and V8's code cache of them made at build time.
  return modules::RunProgram(argc, argv, stage,
                             {{bindings::kStage04Bindings, bindings::kStage05Bindings},
                              {modules::kStage05Builtins},
                              {modules::kStage05CodeCache}});
}
