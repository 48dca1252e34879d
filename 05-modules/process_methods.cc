/// \file
/// The `process_methods` binding: the natives behind some of `process`'s
/// methods (Node: src/node_process_methods.cc). lib/internal/bootstrap/node.js
/// puts them on `process`.
///
///     cwd()          the current directory (uv_cwd)
///     chdir(dir)     changes it (uv_chdir); a failure throws Node's
///                    "ENOENT: no such file or directory, chdir '/' -> 'x'"
///     execPath       the absolute path of this executable (uv_exepath)
///     pid, ppid      this process's id and its parent's
#include <uv.h>
#include <v8.h>

#include <string>

#include "binding_registry.h"
#include "engine.h"
#include "node_errors.h"
#include "realm.h"
#include "support/uv_errors.h"
#include "support/validate.h"

namespace modules {
namespace {

using bindings::Realm;

/// Calls a uv function that fills a buffer with a path.
template <typename Fill>
int PathFrom(Fill fill, std::string* out) {
  char buffer[4096];
  size_t size = sizeof buffer;
  int err = fill(buffer, &size);
  if (err == 0) out->assign(buffer, size);
  return err;
}

void Cwd(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string dir;
  if (int err = PathFrom(uv_cwd, &dir)) {
    isolate->ThrowException(errors::UvException(isolate, err, "uv_cwd"));
    return;
  }
  info.GetReturnValue().Set(engine::ToV8String(isolate, dir));
}

void Chdir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string dir;
  if (!pool::ValidateString(isolate, info[0], "directory", &dir)) return;
  if (int err = uv_chdir(dir.c_str())) {
    std::string from;
    PathFrom(uv_cwd, &from);
    isolate->ThrowException(errors::UvException(isolate, err, "chdir", from, dir));
  }
}

void InitializeProcessMethods(Realm& realm, v8::Local<v8::Object> exports) {
  realm.SetMethod(exports, "cwd", Cwd, 0);
  realm.SetMethod(exports, "chdir", Chdir, 1);
  v8::Isolate* isolate = realm.isolate();
  exports
      ->CreateDataProperty(realm.context(), realm.Name("pid"),
                           v8::Integer::New(isolate, static_cast<int>(uv_os_getpid())))
      .Check();
  exports
      ->CreateDataProperty(realm.context(), realm.Name("ppid"),
                           v8::Integer::New(isolate, static_cast<int>(uv_os_getppid())))
      .Check();
  std::string exec_path;
  PathFrom(uv_exepath, &exec_path);
  exports
      ->CreateDataProperty(realm.context(), realm.Name("execPath"),
                           engine::ToV8String(realm.isolate(), exec_path))
      .Check();
}

}  // namespace
}  // namespace modules

namespace bindings {
BINDING_REGISTER(process_methods, modules::InitializeProcessMethods);
}  // namespace bindings
