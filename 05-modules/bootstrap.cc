#include "bootstrap.h"

#include "engine.h"
#include "error_report.h"
#include "realm.h"

namespace modules {
namespace {

/// Where a realm keeps the loader its `builtins` binding compiles from.
class LoaderData : public bindings::BindingData {
 public:
  static constexpr const char* kBindingName = "builtin loader";
  explicit LoaderData(bindings::Realm&) {}
  const BuiltinLoader* loader = nullptr;
  const char* uncaught_origin = "uncaughtException";  ///< see SetNextUncaughtOrigin()
};

v8::Local<v8::Value> GetProperty(v8::Local<v8::Context> context, v8::Local<v8::Object> object,
                                 const char* name) {
  return object->Get(context, engine::ToV8String(context->GetIsolate(), name)).ToLocalChecked();
}

}  // namespace

const BuiltinLoader& LoaderOf(bindings::Realm& realm) {
  return *realm.binding_data<LoaderData>().loader;
}

void SetNextUncaughtOrigin(bindings::Realm& realm, const char* origin) {
  realm.binding_data<LoaderData>().uncaught_origin = origin;
}

Bootstrap::Bootstrap(bindings::Realm& realm, const BuiltinLoader& loader) : realm_(realm) {
  realm.binding_data<LoaderData>().loader = &loader;
  v8::Isolate* isolate = realm.isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = realm.context();
  v8::Local<v8::Object> global = context->Global();

  // Stage 04 made internalBinding a global; from here on only built-ins get it.
  v8::Local<v8::Value> get_internal_binding = GetProperty(context, global, "internalBinding");
  global->Delete(context, realm.Name("internalBinding")).Check();
  v8::Local<v8::Value> process = GetProperty(context, global, "process");

  // 1. The loader of built-ins.
  v8::Local<v8::Function> realm_js;
  v8::Local<v8::Value> result;
  v8::Local<v8::Value> realm_args[] = {process, get_internal_binding};
  if (!loader.Compile(context, "internal/bootstrap/realm").ToLocal(&realm_js) ||
      !realm_js->Call(context, v8::Undefined(isolate), 2, realm_args).ToLocal(&result) ||
      !result->IsObject()) {
    return;
  }
  v8::Local<v8::Object> loader_exports = result.As<v8::Object>();
  require_.Reset(isolate, GetProperty(context, loader_exports, "require").As<v8::Function>());
  internal_binding_.Reset(
      isolate, GetProperty(context, loader_exports, "internalBinding").As<v8::Function>());

  // 2. process and the globals.
  v8::Local<v8::Value> process_events;
  if (!RunMainScript("internal/bootstrap/node").ToLocal(&process_events) ||
      !process_events->IsObject()) {
    return;
  }
  InstallLifeHooks(process_events.As<v8::Object>());
  ok_ = true;
}

void Bootstrap::InstallLifeHooks(v8::Local<v8::Object> process_events) {
  v8::Isolate* isolate = realm_.isolate();
  v8::Local<v8::Context> context = realm_.context();
  auto function = [&](const char* name) {
    return GetProperty(context, process_events, name).As<v8::Function>();
  };
  emit_before_exit_.Reset(isolate, function("emitBeforeExit"));
  emit_exit_.Reset(isolate, function("emitExit"));
  handle_uncaught_.Reset(isolate, function("handleUncaughtException"));
  handle_rejection_.Reset(isolate, function("handleUnhandledRejection"));
  handle_rejection_handled_.Reset(isolate, function("handleRejectionHandled"));

  loop::Runtime& runtime = realm_.runtime();
  loop::Runtime::LifeHooks hooks;
  // Each event is a call from the loop: the listeners, then the drain.
  auto emit = [this, &runtime](v8::Global<v8::Function>& emitter, int code) {
    v8::Isolate* isolate = runtime.isolate();
    v8::HandleScope handle_scope(isolate);
    v8::Local<v8::Value> args[] = {v8::Integer::New(isolate, code)};
    runtime.CallFromLoop(emitter.Get(isolate), v8::Undefined(isolate), 1, args);
  };
  hooks.before_exit = [this, emit](int code) { emit(emit_before_exit_, code); };
  hooks.exit = [this, emit](int code) { emit(emit_exit_, code); };
  hooks.uncaught_exception = [this, &runtime](v8::Local<v8::Value> error, bool fatal) {
    v8::Isolate* isolate = runtime.isolate();
    v8::HandleScope handle_scope(isolate);
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Value> args[] = {
        error, engine::ToV8String(isolate, realm_.binding_data<LoaderData>().uncaught_origin),
        v8::Boolean::New(isolate, fatal)};
    v8::Local<v8::Value> handled;
    if (handle_uncaught_.Get(isolate)
            ->Call(runtime.context(), v8::Undefined(isolate), 3, args)
            .ToLocal(&handled)) {
      return handled->IsTrue();
    }
    if (try_catch.HasTerminated() || runtime.exiting()) return true;  // process.exit() in a handler
    // Execution being terminated (a worker's terminate()) makes the call fail
    // without an exception: there is nothing to report.
    if (!try_catch.HasCaught() || isolate->IsExecutionTerminating()) return true;
    // A handler that throws ends the program with code 7, as in Node.
    engine::ReportUncaughtException(runtime.context(), try_catch.Exception(), try_catch.Message(),
                                    runtime.command_line().trace_uncaught, runtime.stage().name);
    runtime.Exit(7);
    return true;
  };
  hooks.unhandled_rejection = [this, &runtime](v8::Local<v8::Value> reason,
                                               v8::Local<v8::Promise> promise, int id) {
    v8::Isolate* isolate = runtime.isolate();
    v8::HandleScope handle_scope(isolate);
    v8::Local<v8::Value> args[] = {reason, promise, v8::Integer::New(isolate, id)};
    v8::Local<v8::Value> handled;
    // A listener that throws is an uncaught exception of its own.
    v8::TryCatch try_catch(isolate);
    if (handle_rejection_.Get(isolate)
            ->Call(runtime.context(), v8::Undefined(isolate), 3, args)
            .ToLocal(&handled)) {
      return handled->IsTrue();
    }
    runtime.EndWithUncaughtException(try_catch);
    return true;
  };
  hooks.rejection_handled = [this, &runtime](v8::Local<v8::Promise> promise) {
    v8::Isolate* isolate = runtime.isolate();
    v8::HandleScope handle_scope(isolate);
    v8::Local<v8::Value> args[] = {promise};
    v8::TryCatch try_catch(isolate);
    if (handle_rejection_handled_.Get(isolate)
            ->Call(runtime.context(), v8::Undefined(isolate), 1, args)
            .IsEmpty()) {
      runtime.EndWithUncaughtException(try_catch);
    }
  };
  runtime.set_life_hooks(std::move(hooks));
}

v8::MaybeLocal<v8::Value> Bootstrap::RunMainScript(const char* id) {
  v8::Isolate* isolate = realm_.isolate();
  v8::EscapableHandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = realm_.context();
  v8::Local<v8::Function> function;
  if (!LoaderOf(realm_).Compile(context, id).ToLocal(&function)) return {};
  v8::Local<v8::Value> args[] = {GetProperty(context, context->Global(), "process"),
                                 require_.Get(isolate), internal_binding_.Get(isolate)};
  v8::Local<v8::Value> result;
  if (!function->Call(context, v8::Undefined(isolate), 3, args).ToLocal(&result)) return {};
  return handle_scope.Escape(result);
}

v8::MaybeLocal<v8::Value> Bootstrap::RunMainFile(const std::string& path) {
  v8::Isolate* isolate = realm_.isolate();
  v8::EscapableHandleScope handle_scope(isolate);
  v8::Local<v8::Value> run_main;
  v8::Local<v8::Value> result;
  v8::Local<v8::Value> args[] = {engine::ToV8String(isolate, path)};
  if (!RunMainScript("internal/main/run_main_module").ToLocal(&run_main) ||
      !run_main.As<v8::Function>()
           ->Call(realm_.context(), v8::Undefined(isolate), 1, args)
           .ToLocal(&result)) {
    return {};
  }
  return handle_scope.Escape(result);
}

bool Bootstrap::PrepareEval(const std::string& name) {
  v8::HandleScope handle_scope(realm_.isolate());
  v8::Local<v8::Value> prepare;
  if (!RunMainScript("internal/main/prepare_eval").ToLocal(&prepare) || !prepare->IsFunction()) {
    return false;
  }
  v8::Local<v8::Value> args[] = {engine::ToV8String(realm_.isolate(), name)};
  v8::Local<v8::Value> referrer;
  if (!prepare.As<v8::Function>()
           ->Call(realm_.context(), v8::Undefined(realm_.isolate()), 1, args)
           .ToLocal(&referrer)) {
    return false;
  }
  if (referrer->IsString()) eval_referrer_.Reset(realm_.isolate(), referrer.As<v8::String>());
  return true;
}

v8::MaybeLocal<v8::Value> Bootstrap::CallBuiltin(const char* id, const char* function, int argc,
                                                 v8::Local<v8::Value> argv[]) {
  v8::Isolate* isolate = realm_.isolate();
  v8::EscapableHandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = realm_.context();
  v8::Local<v8::Value> args[] = {engine::ToV8String(isolate, id)};
  v8::Local<v8::Value> exports;
  v8::Local<v8::Value> result;
  if (!require_.Get(isolate)->Call(context, v8::Undefined(isolate), 1, args).ToLocal(&exports) ||
      !GetProperty(context, exports.As<v8::Object>(), function)
           .As<v8::Function>()
           ->Call(context, exports, argc, argv)
           .ToLocal(&result)) {
    return {};
  }
  return handle_scope.Escape(result);
}

v8::MaybeLocal<v8::Value> Bootstrap::RunScript(const std::string& source, const std::string& name) {
  v8::Isolate* isolate = realm_.isolate();
  v8::EscapableHandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = realm_.context();
  const engine::CommandLine& cmd = realm_.runtime().command_line();
  const std::string input_type = cmd.FlagValue("--input-type", "");
  v8::Local<v8::Value> eval_args[] = {engine::ToV8String(isolate, source),
                                      v8::Boolean::New(isolate, cmd.print_result)};
  if (input_type == "module") {
    return handle_scope.EscapeMaybe(
        CallBuiltin("internal/modules/esm/loader", "evalModule", 2, eval_args));
  }
  v8::Local<v8::PrimitiveArray> host_options = v8::PrimitiveArray::New(isolate, 1);
  if (!eval_referrer_.IsEmpty()) host_options->Set(isolate, 0, eval_referrer_.Get(isolate));
  v8::ScriptOrigin origin(isolate, engine::ToV8String(isolate, name), 0, 0,
                          /*resource_is_shared_cross_origin=*/false, /*script_id=*/-1,
                          /*source_map_url=*/{}, /*resource_is_opaque=*/false, /*is_wasm=*/false,
                          /*is_module=*/false, host_options);
  auto compile = [&]() {
    v8::ScriptCompiler::Source script_source(engine::ToV8String(isolate, source), origin);
    return v8::ScriptCompiler::Compile(context, &script_source);
  };
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> result;
  bool retry_as_module = false;
  {
    // Code that does not compile as a script may be a module: without
    // --input-type, the same syntax detection as for a file of no declared
    // type (lib/internal/modules/esm/detect.js).
    v8::TryCatch try_catch(isolate);
    if (!compile().ToLocal(&script)) {
      v8::Local<v8::Value> retry;
      v8::Local<v8::Value> detect_args[] = {try_catch.Exception(), eval_args[0]};
      retry_as_module =
          input_type.empty() &&
          CallBuiltin("internal/modules/esm/detect", "shouldRetryAsESM", 2, detect_args)
              .ToLocal(&retry) &&
          retry->IsTrue();
    }
  }
  if (retry_as_module) {
    return handle_scope.EscapeMaybe(
        CallBuiltin("internal/modules/esm/loader", "evalModule", 2, eval_args));
  }
  // Not a module: compiled again outside the TryCatch, so that the error
  // reaches the caller as V8 reports it (with its line and caret).
  if (script.IsEmpty() && !compile().ToLocal(&script)) return {};
  if (!script->Run(context).ToLocal(&result)) return {};
  return handle_scope.Escape(result);
}

}  // namespace modules
