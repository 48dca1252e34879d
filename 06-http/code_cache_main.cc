/// \file
/// The code cache generator of stage 06, run by the build:
///
///     06-http-code-cache OUTPUT.cc SYMBOL
///
/// Stage 05's generator (05-modules/code_cache_builder.h tells why and how)
/// with this stage's layers: the table it writes holds the cache of every
/// built-in of 06-http/lib/ and 05-modules/lib/, made by the same V8 with
/// the same bootstrap as the 06-http program runs.
#include "binding_registry.h"
#include "builtins.h"
#include "program.h"
#include "stage.h"

int main(int argc, char** argv) {
  const engine::StageInfo stage{"06-http", "the code cache generator", {}};
  return modules::RunCodeCacheGenerator(
      argc, argv, stage,
      {{bindings::kStage04Bindings, bindings::kStage05Bindings, bindings::kStage06Bindings},
       {modules::kStage06Builtins, modules::kStage05Builtins}});
}
