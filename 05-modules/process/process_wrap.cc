/// \file
/// The `process_wrap` binding: a child process as a libuv handle, on
/// uv_process_t and uv_spawn(). lib/internal/child_process.js builds
/// ChildProcess over it. (Node: src/process_wrap.cc, ProcessWrap.)
///
///     const { Process } = internalBinding('process_wrap');
///     handle = new Process()
///     handle.onexit = (exitStatus, termSignal) => ...   termSignal: a number, 0 if none
///     err = handle.spawn({ file, args, cwd, envPairs, stdio, detached, uid, gid })
///                               0, and handle.pid is set; or a negative uv error
///     handle.kill(signal)       0 or a uv error (UV_ESRCH once it has exited)
///     handle.close(cb), ref(), unref(), hasRef()        as 04's handle_wrap.h, once spawned
///
/// **stdio** is one entry per child fd, in order:
///
///     { type: 'ignore' }               the child's fd is /dev/null
///     { type: 'pipe', handle: Pipe }   uv_spawn makes a socketpair: one end
///                                      is the child's fd, the other becomes
///                                      this Pipe (a stream we read or write)
///     { type: 'wrap', handle: Pipe }   the child shares an open Pipe's fd
///     { type: 'fd' | 'inherit', fd }   the child gets a dup of our fd
///
/// A Pipe made with constants.IPC carries NODE_CHANNEL_FD for fork().
///
/// Node's onexit receives the signal's name; here the number comes up and
/// the script names it (os.constants.signals), which keeps the table of
/// names in one place.
///
/// **Exit.** libuv watches SIGCHLD for the whole loop; when a child is
/// reaped it calls OnExit with the status, and the script's onexit decides
/// what that means ('exit', then 'close' once the stdio pipes are done).
/// The handle is active from spawn to exit: a running child keeps the
/// parent alive unless unref()'d.
#include <uv.h>
#include <v8.h>

#include <string>
#include <vector>

#include "binding_registry.h"
#include "handle_wrap.h"
#include "node_errors.h"
#include "process/spawn_options.h"
#include "realm.h"
#include "stdio/pipe_wrap.h"

namespace modules {
namespace {

using bindings::HandleWrap;
using bindings::Realm;

class ProcessWrap : public HandleWrap {
 public:
  ProcessWrap(Realm& realm, v8::Local<v8::Object> object)
      : HandleWrap(realm, object, reinterpret_cast<uv_handle_t*>(&process_)) {}

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    if (!info.IsConstructCall()) {
      errors::Throw(isolate, errors::ConstructCallRequired(isolate, "Process"));
      return;
    }
    new ProcessWrap(Realm::GetCurrent(info), info.This());  // owned by its handle
  }

  static void Spawn(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    Realm& realm = Realm::GetCurrent(info);
    ProcessWrap* wrap = Unwrap<ProcessWrap>(info.This());
    if (wrap == nullptr || wrap->spawned_ || !wrap->IsOpen()) {
      info.GetReturnValue().Set(UV_EINVAL);  // one spawn per handle
      return;
    }
    if (!info[0]->IsObject()) {
      isolate->ThrowException(v8::Exception::TypeError(realm.Name("options must be an object")));
      return;
    }
    v8::Local<v8::Object> options = info[0].As<v8::Object>();
    SpawnOptions spawn_options;
    if (!spawn_options.Parse(isolate, options)) return;
    std::vector<uv_stdio_container_t> stdio;
    if (!ParseStdio(realm, options, &stdio)) return;

    uv_process_options_t uv = spawn_options.ToUv(OnExit);
    uv.stdio = stdio.data();
    uv.stdio_count = static_cast<int>(stdio.size());
    // uv_spawn initialises the handle even when it fails, so from here on
    // close() is safe whatever the result.
    int err = uv_spawn(realm.uv_loop(), &wrap->process_, &uv);
    wrap->spawned_ = true;
    if (err == 0) {
      info.This()
          ->Set(realm.context(), realm.Name("pid"), v8::Integer::New(isolate, wrap->process_.pid))
          .Check();
    }
    info.GetReturnValue().Set(err);
  }

  static void Kill(const v8::FunctionCallbackInfo<v8::Value>& info) {
    ProcessWrap* wrap = Unwrap<ProcessWrap>(info.This());
    if (wrap == nullptr || !wrap->spawned_ || !wrap->IsOpen()) {
      info.GetReturnValue().Set(UV_EBADF);
      return;
    }
    int signal = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    info.GetReturnValue().Set(uv_process_kill(&wrap->process_, signal));
  }

  // close(), ref(), unref(), hasRef(): HandleWrap's, except that a handle
  // that was never spawned is nothing to libuv yet (uv_spawn initialises
  // it), so there is nothing to close or count: those calls do nothing, and
  // such a wrapper goes when the realm ends.
  static void Close(const v8::FunctionCallbackInfo<v8::Value>& info) {
    ProcessWrap* wrap = Unwrap<ProcessWrap>(info.This());
    if (wrap != nullptr && wrap->spawned_) wrap->HandleWrap::Close(info[0]);
  }
  static void Ref(const v8::FunctionCallbackInfo<v8::Value>& info) {
    if (ProcessWrap* wrap = SpawnedWrap(info)) uv_ref(wrap->handle());
  }
  static void Unref(const v8::FunctionCallbackInfo<v8::Value>& info) {
    if (ProcessWrap* wrap = SpawnedWrap(info)) uv_unref(wrap->handle());
  }
  static void HasRef(const v8::FunctionCallbackInfo<v8::Value>& info) {
    ProcessWrap* wrap = SpawnedWrap(info);
    info.GetReturnValue().Set(wrap != nullptr && uv_has_ref(wrap->handle()) != 0);
  }

  /// A handle that was never spawned has no libuv state to close: it just
  /// goes. (A spawned one is closed by libuv first, as every handle is.)
  void OnRealmTeardown() override {
    if (spawned_) {
      HandleWrap::OnRealmTeardown();
    } else {
      delete this;
    }
  }

 private:
  /// stdio[i] → the container libuv wants for the child's fd i.
  static bool ParseStdio(Realm& realm, v8::Local<v8::Object> options,
                         std::vector<uv_stdio_container_t>* out) {
    v8::Isolate* isolate = realm.isolate();
    v8::Local<v8::Context> context = realm.context();
    v8::Local<v8::Value> value;
    if (!options->Get(context, realm.Name("stdio")).ToLocal(&value)) return false;
    if (value->IsNullOrUndefined()) return true;
    if (!value->IsArray()) return ThrowType(realm, "options.stdio must be an array");
    v8::Local<v8::Array> entries = value.As<v8::Array>();
    for (uint32_t i = 0; i < entries->Length(); i++) {
      v8::Local<v8::Value> entry_value;
      if (!entries->Get(context, i).ToLocal(&entry_value)) return false;
      if (!entry_value->IsObject()) return ThrowType(realm, "a stdio entry must be an object");
      v8::Local<v8::Object> entry = entry_value.As<v8::Object>();
      std::string type;
      if (!GetStringField(isolate, entry, "type", &type)) return false;
      uv_stdio_container_t container = {};
      if (type == "ignore") {
        container.flags = UV_IGNORE;
      } else if (type == "pipe" || type == "wrap") {
        v8::Local<v8::Value> handle;
        if (!entry->Get(context, realm.Name("handle")).ToLocal(&handle)) return false;
        uv_pipe_t* pipe = UnwrapPipe(realm, handle);
        if (pipe == nullptr) return ThrowType(realm, "stdio handle must be an open Pipe");
        if (type == "pipe") {
          // Both directions: the script decides who reads and who writes.
          container.flags =
              static_cast<uv_stdio_flags>(UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE);
        } else {
          container.flags = UV_INHERIT_STREAM;
        }
        container.data.stream = reinterpret_cast<uv_stream_t*>(pipe);
      } else {  // 'fd', 'inherit'
        int64_t fd;
        if (!GetIntegerField(isolate, entry, "fd", -1, &fd)) return false;
        if (fd < 0) return ThrowType(realm, "a stdio fd must be a non-negative integer");
        container.flags = UV_INHERIT_FD;
        container.data.fd = static_cast<int>(fd);
      }
      out->push_back(container);
    }
    return true;
  }

  static ProcessWrap* SpawnedWrap(const v8::FunctionCallbackInfo<v8::Value>& info) {
    ProcessWrap* wrap = Unwrap<ProcessWrap>(info.This());
    return wrap != nullptr && wrap->spawned_ && wrap->IsOpen() ? wrap : nullptr;
  }

  static bool ThrowType(Realm& realm, const char* message) {
    realm.isolate()->ThrowException(v8::Exception::TypeError(realm.Name(message)));
    return false;
  }

  static void OnExit(uv_process_t* process, int64_t exit_status, int term_signal) {
    auto* wrap = static_cast<ProcessWrap*>(process->data);
    Realm* realm = wrap->realm();
    if (realm == nullptr) return;  // the realm is ending
    v8::Isolate* isolate = realm->isolate();
    v8::HandleScope handle_scope(isolate);
    v8::Context::Scope context_scope(realm->context());
    v8::Local<v8::Value> argv[] = {v8::Number::New(isolate, static_cast<double>(exit_status)),
                                   v8::Integer::New(isolate, term_signal)};
    realm->MakeCallback(wrap->object(), realm->Name("onexit"), 2, argv);
  }

  uv_process_t process_;  // not zeroed: HandleWrap has set its `data`
  bool spawned_ = false;
};

void InitializeProcessWrap(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Local<v8::FunctionTemplate> klass = realm.NewClass("Process", ProcessWrap::New);
  realm.SetProtoMethod(klass, "close", ProcessWrap::Close, 1);
  realm.SetProtoMethod(klass, "ref", ProcessWrap::Ref);
  realm.SetProtoMethod(klass, "unref", ProcessWrap::Unref);
  realm.SetProtoMethod(klass, "hasRef", ProcessWrap::HasRef);
  realm.SetProtoMethod(klass, "spawn", ProcessWrap::Spawn, 1);
  realm.SetProtoMethod(klass, "kill", ProcessWrap::Kill, 1);
  exports
      ->CreateDataProperty(realm.context(), realm.Name("Process"),
                           klass->GetFunction(realm.context()).ToLocalChecked())
      .Check();
}

}  // namespace
}  // namespace modules

namespace bindings {
BINDING_REGISTER(process_wrap, modules::InitializeProcessWrap);
}  // namespace bindings
