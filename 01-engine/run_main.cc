#include "run_main.h"

#include "console.h"
#include "error_report.h"
#include "inspect/inspect.h"
#include "repl.h"
#include "script_source.h"

namespace engine {

void ReportException(Engine& engine, const v8::TryCatch& try_catch, const CommandLine& cmd,
                     const StageInfo& stage) {
  ReportUncaughtException(engine.context(), try_catch.Exception(), try_catch.Message(),
                          cmd.trace_uncaught, stage.name);
}

int RunMain(Engine& engine, const CommandLine& cmd, const StageInfo& stage,
            const MainHooks& hooks) {
  if (cmd.mode == CommandLine::Mode::kRepl) {
    return hooks.repl ? hooks.repl() : RunRepl(engine);
  }

  v8::HandleScope handle_scope(engine.isolate());
  v8::TryCatch try_catch(engine.isolate());
  v8::MaybeLocal<v8::Value> outcome;
  if (cmd.mode == CommandLine::Mode::kRunFile && hooks.run_main_file) {
    outcome = hooks.run_main_file(cmd.script_path);
  } else {
    ScriptSource source;
    if (cmd.mode == CommandLine::Mode::kRunFile) {
      std::string error;
      std::optional<ScriptSource> file = ReadScriptFile(cmd.script_path, &error);
      if (!file) {
        WriteStderr("Error: " + error + "\n");
        return 1;
      }
      source = *file;
    } else if (cmd.mode == CommandLine::Mode::kStdin) {
      source = ReadScriptFromStdin();
    } else {
      source = ScriptSource{"[eval]", cmd.eval_source};
    }
    outcome = hooks.run_script ? hooks.run_script(source.text, source.name)
                               : engine.RunScript(source.text, source.name);
  }

  v8::Local<v8::Value> result;
  if (!outcome.ToLocal(&result)) {
    if (hooks.uncaught_exception && !try_catch.HasTerminated() &&
        hooks.uncaught_exception(try_catch)) {
      return hooks.after_main();
    }
    // process.exit() (or a later stage's own report of the error) ended it.
    if (std::optional<int> exit_code = hooks.exit_requested()) return *exit_code;
    ReportException(engine, try_catch, cmd, stage);
    return 1;
  }
  if (cmd.print_result) {
    // -p prints the completion value as console.log would.
    WriteStdout(FormatArguments(engine.context(), {result}) + "\n");
  }
  return hooks.after_main();
}

}  // namespace engine
