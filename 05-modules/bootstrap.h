/// \file
/// The bootstrap: how the JavaScript half of the runtime comes to life.
/// (Node: src/node_realm.cc RunBootstrapping, lib/internal/bootstrap/*.js.)
///
/// When this stage starts, the lower stages have made a context with
/// `console`, `process`, the timers and the bindings. The bootstrap then runs
/// three pieces of JavaScript from lib/, in order:
///
///   1. internal/bootstrap/realm.js gets `internalBinding` and builds the
///      loader of built-in modules (`require` for lib/ itself);
///   2. internal/bootstrap/node.js finishes `process` and the globals, using
///      that `require`, and returns the functions that emit process's
///      'beforeExit', 'exit', 'uncaughtException' and 'unhandledRejection',
///      which stage 02's Runtime calls at those points of the program's life
///      (Runtime::LifeHooks);
///   3. a main script from internal/main/ runs what the command line asked
///      for: run_main_module.js loads the user's file as a CommonJS module;
///      prepare_eval.js gives -e, -p and stdin their `require`; repl.js
///      starts the REPL, the `repl` module.
///
/// After step 1 `internalBinding` is no longer a global: only built-ins
/// receive it, as a parameter.
#pragma once

#include <v8.h>

#include <string>

#include "builtins.h"

namespace bindings {
class Realm;
}

namespace modules {

/// The loader of `realm`'s built-ins (the `builtins` binding uses it).
const BuiltinLoader& LoaderOf(bindings::Realm& realm);
/// The origin that 'uncaughtException' listeners see for the uncaught
/// exceptions reported from now on in `realm` (default "uncaughtException";
/// the `errors` binding says "unhandledRejection" for an ES module's
/// rejected evaluation). `origin` must be a string literal.
void SetNextUncaughtOrigin(bindings::Realm& realm, const char* origin);

class Bootstrap {
 public:
  /// Runs steps 1 and 2 in `realm`'s context (which must be entered). Check
  /// ok() afterwards: a bootstrap that threw leaves the exception in the
  /// caller's v8::TryCatch.
  Bootstrap(bindings::Realm& realm, const BuiltinLoader& loader);

  bool ok() const { return ok_; }

  /// Step 3 for a script file: loads `path` as the main CommonJS module.
  /// Empty when it threw.
  v8::MaybeLocal<v8::Value> RunMainFile(const std::string& path);
  /// Step 3 for -e, -p and stdin: defines the globals their code
  /// sees (require, module, exports, __filename, __dirname). False when it threw.
  bool PrepareEval(const std::string& name);
  /// Runs -e/-p/stdin code as a classic script, like stage 01 (or as a
  /// module: --input-type=module, or code that only parses as one), with the
  /// referrer PrepareEval() chose ("<cwd>/[eval]") in its host-defined
  /// options, so that import() inside it resolves against the current
  /// folder (module_wrap.cc). Empty when it threw.
  v8::MaybeLocal<v8::Value> RunScript(const std::string& source, const std::string& name);

  /// Compiles and calls built-in `id` with (process, require,
  /// internalBinding); its result is what the script returns. (A worker's
  /// thread runs internal/main/worker_thread this way.)
  v8::MaybeLocal<v8::Value> RunMainScript(const char* id);

 private:
  /// Calls `require(id)[function](...argv)` with the built-ins' require.
  v8::MaybeLocal<v8::Value> CallBuiltin(const char* id, const char* function, int argc,
                                        v8::Local<v8::Value> argv[]);
  /// Gives stage 02's LifeHooks to the functions internal/bootstrap/node.js
  /// returned: process's 'beforeExit', 'exit', 'uncaughtException',
  /// 'unhandledRejection' and 'rejectionHandled'.
  void InstallLifeHooks(v8::Local<v8::Object> process_events);

  bindings::Realm& realm_;
  v8::Global<v8::Function> require_;           ///< the built-ins' require
  v8::Global<v8::Function> internal_binding_;  ///< the built-ins' internalBinding
  v8::Global<v8::Function> emit_before_exit_;
  v8::Global<v8::Function> emit_exit_;
  v8::Global<v8::Function> handle_uncaught_;
  v8::Global<v8::Function> handle_rejection_;
  v8::Global<v8::String> eval_referrer_;  ///< what import() in -e code resolves against
  v8::Global<v8::Function> handle_rejection_handled_;
  bool ok_ = false;
};

}  // namespace modules
