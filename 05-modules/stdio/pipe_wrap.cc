/// \file
/// The `pipe_wrap` binding: a pipe (or a Unix socket) as a libuv stream, on
/// uv_pipe_t. (Node: src/pipe_wrap.cc PipeWrap.)
///
///     const { Pipe, constants } = internalBinding('pipe_wrap');
///     pipe = new Pipe(constants.SOCKET)
///     pipe.open(fd)           adopts an fd the process already has, such as
///                             fd 1 when `program | wc -c`; 0 or a uv error
///     pipe.setBlocking(flag)  writes wait until the reader took them
///
/// plus what every stream has (04-bindings/stream_wrap.h: readStart,
/// writeBuffer, writeUtf8String, shutdown, ...) and every handle (close, ref,
/// unref). Only what the standard streams need is here: binding to a path,
/// listening and connecting (Unix domain sockets for `net`) would be added
/// beside open() the way tcp_wrap.cc has them.
///
/// A pipe differs from a TCP socket only in what it is connected to; libuv
/// reads and writes both with the same uv_stream_t code, so this class is
/// StreamWrap plus a way to adopt an fd.
#include "stdio/pipe_wrap.h"

#include <uv.h>
#include <v8.h>

#include <cstdint>

#include "binding_registry.h"
#include "node_errors.h"
#include "realm.h"
#include "stdio/stream_handle.h"
#include "stream_wrap.h"
#include "support/validate.h"

namespace modules {
namespace {

using bindings::Realm;
using bindings::StreamWrap;

/// new Pipe(type): Node's three kinds; only SOCKET is used here, the others
/// are named so that the numbers stay Node's.
enum PipeType : int { kSocket = 0, kServer = 1, kIpc = 2 };

/// The Pipe class of a realm, kept so that UnwrapPipe() can tell a Pipe
/// from any other object.
class PipeWrapData : public bindings::BindingData {
 public:
  static constexpr const char* kBindingName = "pipe_wrap";
  explicit PipeWrapData(Realm&) {}
  v8::Global<v8::FunctionTemplate> klass;
};

class PipeWrap : public StreamWrap {
 public:
  PipeWrap(Realm& realm, v8::Local<v8::Object> object, bool ipc)
      : StreamWrap(realm, object, reinterpret_cast<uv_stream_t*>(&pipe_)) {
    uv_pipe_init(realm.uv_loop(), &pipe_, ipc ? 1 : 0);
  }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    if (!info.IsConstructCall()) {
      errors::Throw(isolate, errors::ConstructCallRequired(isolate, "Pipe"));
      return;
    }
    info.This()->SetAlignedPointerInInternalField(kSlot, nullptr);  // until it has a C++ side
    int64_t type;
    if (!pool::ValidateInteger(isolate, info[0], "type", kSocket, kIpc, &type)) return;
    new PipeWrap(Realm::GetCurrent(info), info.This(), type == kIpc);  // owned by its handle
  }

  static void Open(const v8::FunctionCallbackInfo<v8::Value>& info) {
    int fd;
    if (!pool::ValidateFd(info.GetIsolate(), info[0], &fd)) return;
    PipeWrap* wrap = OpenStreamWrap<PipeWrap>(info);
    if (wrap == nullptr) return;
    info.GetReturnValue().Set(uv_pipe_open(&wrap->pipe_, fd));
  }

 private:
  friend uv_pipe_t* modules::UnwrapPipe(Realm& realm, v8::Local<v8::Value> value);

  uv_pipe_t pipe_;
};

void InitializePipeWrap(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Isolate* isolate = realm.isolate();
  v8::Local<v8::Context> context = realm.context();
  v8::Local<v8::FunctionTemplate> klass = realm.NewClass("Pipe", PipeWrap::New);
  StreamWrap::AddMethods(realm, klass);
  realm.binding_data<PipeWrapData>().klass.Reset(isolate, klass);
  realm.SetProtoMethod(klass, "open", PipeWrap::Open, 1);
  realm.SetProtoMethod(klass, "setBlocking", SetStreamBlocking<PipeWrap>, 1);
  auto set = [&](v8::Local<v8::Object> target, const char* name, v8::Local<v8::Value> value) {
    target->CreateDataProperty(context, realm.Name(name), value).Check();
  };
  set(exports, "Pipe", klass->GetFunction(context).ToLocalChecked());
  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  set(constants, "SOCKET", v8::Integer::New(isolate, kSocket));
  set(constants, "SERVER", v8::Integer::New(isolate, kServer));
  set(constants, "IPC", v8::Integer::New(isolate, kIpc));
  set(exports, "constants", constants);
}

}  // namespace

uv_pipe_t* UnwrapPipe(Realm& realm, v8::Local<v8::Value> value) {
  v8::Isolate* isolate = realm.isolate();
  const v8::Global<v8::FunctionTemplate>& klass = realm.binding_data<PipeWrapData>().klass;
  if (klass.IsEmpty() || !value->IsObject() || !klass.Get(isolate)->HasInstance(value)) {
    return nullptr;
  }
  PipeWrap* wrap = bindings::BaseObject::Unwrap<PipeWrap>(value.As<v8::Object>());
  return wrap != nullptr && wrap->IsOpen() ? &wrap->pipe_ : nullptr;
}

}  // namespace modules

namespace bindings {
BINDING_REGISTER(pipe_wrap, modules::InitializePipeWrap);
}  // namespace bindings
