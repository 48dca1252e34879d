/// \file
/// The code cache generator of stage 05, run by the build (see
/// code_cache_builder.h for why and how):
///
///     05-modules-code-cache OUTPUT.cc SYMBOL
///
/// It builds the runtime exactly as main.cc does (RunCodeCacheGenerator,
/// code_cache_generator.cc) for `05-modules -e ""`,
/// with the loader keeping what it compiles, then writes the code cache of
/// every built-in of lib/ as the table SYMBOL. It links the same library,
/// and so the same embedded sources, as the program that will read the cache.
#include "binding_registry.h"
#include "builtins.h"
#include "program.h"

int main(int argc, char** argv) {
  const engine::StageInfo stage{"05-modules", "the code cache generator", {}};
  return modules::RunCodeCacheGenerator(
      argc, argv, stage,
      {{bindings::kStage04Bindings, bindings::kStage05Bindings}, {modules::kStage05Builtins}});
}
