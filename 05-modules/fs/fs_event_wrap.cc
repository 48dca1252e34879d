/// \file
/// The `fs_event_wrap` binding: a file or folder watched by the kernel
/// (inotify on Linux), for fs.watch(). (Node: src/fs_event_wrap.cc.)
///
///     const { FSEvent } = internalBinding('fs_event_wrap');
///     const handle = new FSEvent();
///     handle.onchange = (status, eventType, filename) => ...;
///                                  eventType 'rename' or 'change'; status < 0
///                                  is a uv error, and the handle is done
///     handle.start(path, persistent, recursive, encoding)   -> 0 or a uv error
///     handle.initialized           true once started
///     handle.close()   handle.ref()   handle.unref()        (handle_wrap.h)
///
/// A uv_fs_event_t is a handle like a socket: libuv adds its inotify
/// descriptor to the loop's poll set and calls back when the kernel has
/// something to say. So it is a HandleWrap of stage 04, strong while open,
/// freed by close(). `persistent: false` is uv_unref: the watch goes on but
/// does not keep the program alive (anything but `true` counts as false,
/// as in Node).
///
/// `recursive` is refused (UV_EINVAL) here: inotify watches one folder, and
/// libuv offers UV_FS_EVENT_RECURSIVE only on macOS and Windows.
#include <uv.h>
#include <v8.h>

#include <cstring>
#include <optional>
#include <string>

#include "binding_registry.h"
#include "fs/fs_binding.h"
#include "handle_wrap.h"
#include "node_errors.h"
#include "realm.h"

namespace modules {
namespace {

using bindings::HandleWrap;
using bindings::Realm;

class FsEventWrap : public HandleWrap {
 public:
  FsEventWrap(Realm& realm, v8::Local<v8::Object> object)
      : HandleWrap(realm, object, reinterpret_cast<uv_handle_t*>(&event_)) {
    uv_fs_event_init(realm.uv_loop(), &event_);
  }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    if (!info.IsConstructCall()) {
      errors::Throw(isolate, errors::ConstructCallRequired(isolate, "FSEvent"));
      return;
    }
    new FsEventWrap(Realm::GetCurrent(info), info.This());  // owned by its handle
  }

  static void Start(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    FsEventWrap* wrap = Unwrap<FsEventWrap>(info.This());
    if (wrap == nullptr || !wrap->IsOpen()) return info.GetReturnValue().Set(UV_EBADF);
    std::string path;
    if (!bindings::fs::ValidateFsPath(isolate, info[0], "filename", &path) ||
        !bindings::fs::ValidateFsEncoding(isolate, info[3], &wrap->encoding_)) {
      return;
    }
    if (info[2]->IsTrue()) return info.GetReturnValue().Set(UV_EINVAL);
    int err = uv_fs_event_start(&wrap->event_, OnEvent, path.c_str(), 0);
    if (err == 0) {
      wrap->initialized_ = true;
      if (!info[1]->IsTrue()) uv_unref(wrap->handle());
    }
    info.GetReturnValue().Set(err);
  }

  static void Initialized(const v8::FunctionCallbackInfo<v8::Value>& info) {
    FsEventWrap* wrap = Unwrap<FsEventWrap>(info.This());
    info.GetReturnValue().Set(wrap != nullptr && wrap->initialized_);
  }

 private:
  // libuv: something happened to `filename` (relative to the watched
  // folder, or the watched file's own name), or the watch failed.
  static void OnEvent(uv_fs_event_t* event, const char* filename, int events, int status) {
    FsEventWrap* wrap = static_cast<FsEventWrap*>(static_cast<HandleWrap*>(event->data));
    Realm* realm = wrap->realm();
    if (realm == nullptr) return;
    v8::Isolate* isolate = realm->isolate();
    v8::HandleScope handle_scope(isolate);
    // A rename wins when both come together: the name may no longer be there.
    const char* type = (events & UV_RENAME) ? "rename" : "change";
    v8::Local<v8::Value> name = v8::Null(isolate);
    if (filename != nullptr &&
        !bindings::fs::EncodeName(*realm, filename, std::strlen(filename), wrap->encoding_)
             .ToLocal(&name)) {
      return;
    }
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status), realm->Name(type), name};
    realm->MakeCallback(wrap->object(), realm->Name("onchange"), 3, argv);
  }

  uv_fs_event_t event_;
  bool initialized_ = false;
  std::optional<pool::Encoding> encoding_ = pool::Encoding::kUtf8;
};

void InitializeFsEventWrap(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Isolate* isolate = realm.isolate();
  v8::Local<v8::Context> context = realm.context();
  v8::Local<v8::FunctionTemplate> klass = realm.NewClass("FSEvent", FsEventWrap::New);
  HandleWrap::AddMethods(realm, klass);
  realm.SetProtoMethod(klass, "start", FsEventWrap::Start, 4);
  // A getter with a signature: V8 refuses it on anything not made by FSEvent.
  klass->PrototypeTemplate()->SetAccessorProperty(
      realm.Name("initialized"),
      v8::FunctionTemplate::New(isolate, FsEventWrap::Initialized, v8::Local<v8::Value>(),
                                v8::Signature::New(isolate, klass)),
      v8::Local<v8::FunctionTemplate>(), v8::ReadOnly);
  exports
      ->CreateDataProperty(context, realm.Name("FSEvent"),
                           klass->GetFunction(context).ToLocalChecked())
      .Check();
}

}  // namespace
}  // namespace modules

namespace bindings {
BINDING_REGISTER(fs_event_wrap, modules::InitializeFsEventWrap);
}  // namespace bindings
