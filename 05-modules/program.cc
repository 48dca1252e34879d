/// \file
/// The program of stage 05 as a function (program.h): the steps main.cc
/// lists, with the bindings, built-ins and code caches of `layers`.
#include "program.h"

#include <fcntl.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <optional>

#include "bootstrap.h"
#include "engine.h"
#include "layers.h"
#include "loop_trace.h"
#include "platform.h"
#include "run_main.h"
#include "stdio/terminal_modes.h"

namespace modules {

std::vector<engine::StageInfo::Flag> ModulesFlags() {
  return {loop::LoopTrace::Flag(
              "print each loop iteration, phase and callback, and each pool job, on stderr"),
          {"--expose-internals", "let scripts require('internal/...') modules"},
          {"--unhandled-rejections",
           "what a promise rejected with no handler does: throw\n"
           "                        (the default), strict, warn, none or warn-with-error-code",
           {"throw", "strict", "warn", "none", "warn-with-error-code"}},
          {"--input-type",
           "how -e, -p and stdin code runs: module or commonjs (by\n"
           "                        default a script, or a module when only that parses)",
           {"module", "commonjs"}},
          {"--no-warnings", "print no warnings ('warning' events are still emitted)"},
          {"--no-deprecation", "emit no deprecation warnings (process.noDeprecation)"},
          {"--throw-deprecation", "throw deprecation warnings as uncaught exceptions"},
          {"--trace-deprecation", "print the stack of each deprecation warning"},
          {"--trace-warnings", "print the stack of each warning"}};
}

void SetV8Flags() {
  // `import x from './a.json' assert { type: 'json' }` and import()'s
  // second argument: shipped in Node 20's V8, behind a flag in 10.2's.
  v8::V8::SetFlagsFromString("--harmony-import-assertions");
}

int RunProgram(int argc, char** argv, const engine::StageInfo& stage, const Layers& layers) {
  // fds 0, 1 and 2 are the standard streams, open or not: if the parent
  // closed one, it is opened on /dev/null (as Node's start-up does), or the
  // first fd the program makes (libuv's own, a file) would take its number
  // and process.stdout would write into it.
  for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; fd++) {
    if (fcntl(fd, F_GETFD) == -1 && errno == EBADF) open("/dev/null", O_RDWR);  // lowest: fd
  }

  // Writing to a pipe or socket whose reader has gone raises SIGPIPE, which
  // would end the process; ignored, as Node's start-up does, the write fails
  // with EPIPE instead and the stream reports it as an 'error'.
  std::signal(SIGPIPE, SIG_IGN);

  // Whatever mode the REPL or a script leaves the terminal in, the shell
  // gets it back as it was, however the process ends.
  SaveTerminalModes();

  // libuv keeps a copy of the arguments, so that process.title can later
  // write over the memory of the original ones (what ps(1) shows).
  argv = uv_setup_args(argc, argv);
  engine::CommandLine cmd = engine::ParseCommandLine(argc, argv, stage);
  if (std::optional<int> exit_code = engine::HandleModesThatRunNoCode(cmd, stage)) {
    return *exit_code;  // --help, --version or a bad option
  }

  SetV8Flags();
  engine::V8Process v8_process;
  int exit_code = RunWithLayers(cmd, stage, layers.bindings, [&](StartedLayers& started) {
    engine::Engine& engine = started.engine;
    loop::Runtime& runtime = started.runtime;
    // libuv keeps one spare fd (/dev/null) from the first stream handle made
    // on a loop, to recover from EMFILE. Taking it now, as Node's start-up
    // does, keeps fd numbers from moving under a script when process.stdout
    // is first made (a closed fd would otherwise be reused by the spare).
    static uv_pipe_t spare_fd_taker;
    uv_pipe_init(runtime.uv_loop(), &spare_fd_taker, 0);
    uv_close(reinterpret_cast<uv_handle_t*>(&spare_fd_taker), nullptr);

    // The sources of lib/, and V8's code cache of them made at build time.
    BuiltinLoader loader(layers.builtins, layers.caches);
    v8::TryCatch try_catch(engine.isolate());
    Bootstrap bootstrap(started.realm, loader);
    const bool runs_code = cmd.mode == engine::CommandLine::Mode::kEval ||
                           cmd.mode == engine::CommandLine::Mode::kStdin;
    const char* code_name = cmd.mode == engine::CommandLine::Mode::kStdin ? "[stdin]" : "[eval]";
    if (!bootstrap.ok() || (runs_code && !bootstrap.PrepareEval(code_name))) {
      engine::ReportException(engine, try_catch, cmd, stage);
      return 1;
    }

    engine::MainHooks hooks;
    hooks.after_main = [&] { return runtime.RunLoop(); };
    // The REPL is a library module (lib/repl.js): a main script starts it,
    // then the loop runs, as after any main script.
    hooks.repl = [&] {
      v8::HandleScope handle_scope(engine.isolate());
      v8::TryCatch try_catch(engine.isolate());
      if (bootstrap.RunMainScript("internal/main/repl").IsEmpty()) {
        runtime.EndWithUncaughtException(try_catch);
        if (runtime.exiting()) return *runtime.exit_requested();
      }
      return runtime.RunLoop();
    };
    hooks.exit_requested = [&] { return runtime.exit_requested(); };
    hooks.run_main_file = [&](const std::string& path) { return bootstrap.RunMainFile(path); };
    hooks.run_script = [&](const std::string& source, const std::string& name) {
      return bootstrap.RunScript(source, name);
    };
    // What the main code throws is uncaught like any other error: an
    // 'uncaughtException' listener may take it, and then the loop runs.
    hooks.uncaught_exception = [&](const v8::TryCatch& try_catch) {
      runtime.EndWithUncaughtException(try_catch);
      return !runtime.exiting();
    };
    return engine::RunMain(engine, cmd, stage, hooks);
  });

  std::fflush(stdout);
  return exit_code;
}

}  // namespace modules
