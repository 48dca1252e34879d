/// \file
/// Stage 01, the engine: a JavaScript runtime that is only V8.
///
/// Read this file top to bottom; it is the whole life of the process:
///   1. parse the command line (and hand V8 its flags),
///   2. start V8 once for the process (platform.h),
///   3. create an isolate and a context with `console` (engine.h),
///   4. enter them, run the script, report what it threw (run_main.h),
///   5. tear everything down in reverse order as the scopes close.
#include <cstdio>
#include <optional>

#include "command_line.h"
#include "console.h"
#include "engine.h"
#include "platform.h"
#include "run_main.h"

int main(int argc, char** argv) {
  const engine::StageInfo stage{
      "01-engine", "Stage 01: bare V8. Runs JavaScript with console and nothing else.", {}};

  engine::CommandLine cmd = engine::ParseCommandLine(argc, argv, stage);
  if (std::optional<int> exit_code = engine::HandleModesThatRunNoCode(cmd, stage)) {
    return *exit_code;  // --help, --version or a bad option
  }

  engine::V8Process v8_process;
  int exit_code;
  {
    engine::Engine engine;
    // Enter the isolate, open a handle scope for the Locals made here, and
    // enter the context: from now on V8 calls run "in" this global object.
    v8::Isolate::Scope isolate_scope(engine.isolate());
    v8::HandleScope handle_scope(engine.isolate());
    v8::Context::Scope context_scope(engine.context());
    exit_code = engine::RunMain(engine, cmd, stage);
  }  // scopes close, then the Engine disposes the context and isolate
  std::fflush(stdout);
  return exit_code;
}
