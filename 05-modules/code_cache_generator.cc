/// \file
/// The code cache generator as a function (program.h), so that every stage
/// from 05 on makes the cache of its own built-ins with the same steps: see
/// code_cache_builder.h for why and how, code_cache_main.cc for its use.
#include <cstdio>

#include "bootstrap.h"
#include "code_cache_builder.h"
#include "command_line.h"
#include "engine.h"
#include "layers.h"
#include "platform.h"
#include "program.h"
#include "run_main.h"

namespace modules {

int RunCodeCacheGenerator(int argc, char** argv, const engine::StageInfo& stage,
                          const Layers& layers) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s OUTPUT.cc SYMBOL\n", argv[0]);
    return 2;
  }
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

  SetV8Flags();
  engine::V8Process v8_process;
  return RunWithLayers(cmd, stage, layers.bindings, [&](StartedLayers& started) {
    engine::Engine& engine = started.engine;
    BuiltinLoader loader(layers.builtins);
    loader.KeepCompiledFunctions(engine.isolate());
    v8::TryCatch try_catch(engine.isolate());
    Bootstrap bootstrap(started.realm, loader);
    std::string text;
    if (bootstrap.ok() && bootstrap.PrepareEval("[eval]")) {
      text = CodeCacheSource(engine.context(), loader, argv[2]);
    }
    if (text.empty()) {
      engine::ReportException(engine, try_catch, cmd, stage);
      return 1;
    }
    if (!WriteFileIfChanged(argv[1], text)) {
      std::fprintf(stderr, "%s: cannot write %s\n", argv[0], argv[1]);
      return 1;
    }
    return 0;
  });
}

}  // namespace modules
