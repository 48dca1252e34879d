/// \file
/// The code cache generator of stage 05, run by the build (see
/// code_cache_builder.h for why and how):
///
///     05-modules-code-cache OUTPUT.cc SYMBOL
///
/// It builds the runtime exactly as main.cc does for `05-modules -e ""`
/// (both start the layers below with RunWithLayers, layers.h), with the
/// loader keeping what it compiles, then writes the code cache of
/// every built-in of lib/ as the table SYMBOL. It links the same library,
/// and so the same embedded sources, as the program that will read the cache.
#include <cstdio>

#include "bootstrap.h"
#include "builtins.h"
#include "code_cache_builder.h"
#include "command_line.h"
#include "engine.h"
#include "layers.h"
#include "platform.h"
#include "run_main.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s OUTPUT.cc SYMBOL\n", argv[0]);
    return 2;
  }
  const engine::StageInfo stage{"05-modules", "the code cache generator", {}};
  // The command line whose start-up the cache is for: no V8 flags, so the
  // cache's flag hash is the one of a plain run. One exception: a fixed
  // random seed. V8 seeds its string hashes from it, and a cache holds
  // strings with their hashes; a random seed would make every build's cache
  // differ. V8 leaves this one flag out of the flag hash for that reason.
  char seed[] = "--random-seed=5";
  char eval[] = "-e";
  char empty[] = "";
  char* run_argv[] = {argv[0], seed, eval, empty, nullptr};
  engine::CommandLine cmd = engine::ParseCommandLine(4, run_argv, stage);

  engine::V8Process v8_process;
  return modules::RunWithLayers(cmd, stage, [&](modules::Layers& layers) {
    engine::Engine& engine = layers.engine;
    modules::BuiltinLoader loader({modules::kStage05Builtins});
    loader.KeepCompiledFunctions(engine.isolate());
    v8::TryCatch try_catch(engine.isolate());
    modules::Bootstrap bootstrap(layers.realm, loader);
    std::string text;
    if (bootstrap.ok() && bootstrap.PrepareEval("[eval]")) {
      text = modules::CodeCacheSource(engine.context(), loader, argv[2]);
    }
    if (text.empty()) {
      engine::ReportException(engine, try_catch, cmd, stage);
      return 1;
    }
    if (!modules::WriteFileIfChanged(argv[1], text)) {
      std::fprintf(stderr, "%s: cannot write %s\n", argv[0], argv[1]);
      return 1;
    }
    return 0;
  });
}
