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
/// and, for Unix domain sockets (`net.createServer().listen('/tmp/s')`):
///
///     server = new Pipe(constants.SERVER)
///     server.bind(path)       0 or a uv error (EADDRINUSE: the file exists)
///     server.fchmod(mode)     constants.UV_READABLE | UV_WRITABLE: who may connect
///     server.listen(backlog)  0 or a uv error
///     server.onconnection = (status, client) => ...   client: a new Pipe
///     server.setPendingInstances(n)   Windows' named pipes only; nothing here
///     req = new PipeConnectWrap()
///     req.oncomplete = (status, pipe, req, readable, writable) => ...
///     pipe.connect(req, path) always dispatched: even ENOENT comes in oncomplete
///
/// plus what every stream has (04-bindings/stream_wrap.h: readStart,
/// writeBuffer, writeUtf8String, shutdown, ...) and every handle (close, ref,
/// unref).
///
/// A pipe differs from a TCP socket only in what it is connected to; libuv
/// reads and writes both with the same uv_stream_t code, so this class is
/// StreamWrap plus a way to adopt an fd and to bind or connect to a path.
/// Accepting and completing a connect are TCP's code, shared through
/// 04-bindings/connection_wrap.h.
#include "stdio/pipe_wrap.h"

#include <uv.h>
#include <v8.h>

#include <cstdint>
#include <string>

#include "binding_registry.h"
#include "connection_wrap.h"
#include "node_errors.h"
#include "realm.h"
#include "stdio/stream_handle.h"
#include "stream_wrap.h"
#include "support/validate.h"

namespace modules {
namespace {

using bindings::Realm;
using bindings::StreamWrap;

/// The binding's state in one realm: the Pipe class, needed again for every
/// accepted connection and by UnwrapPipe() to tell a Pipe from any other
/// object, and the class of connect requests.
class PipeWrapData : public bindings::BindingData {
 public:
  static constexpr const char* kBindingName = "pipe_wrap";
  explicit PipeWrapData(Realm&) {}
  v8::Global<v8::FunctionTemplate> pipe;
  v8::Global<v8::FunctionTemplate> connect_wrap;
};

/// new Pipe(type): Node's three kinds. SOCKET (a standard stream, a client, an
/// accepted connection) and SERVER are used here; IPC (uv_pipe_init's ipc
/// flag, a pipe that can carry handles) is accepted, with Node's number.
enum PipeType : int { kSocket = 0, kServer = 1, kIpc = 2 };

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

  /// The JS object of an accepted connection, made as `new Pipe(SOCKET)` is.
  static v8::MaybeLocal<v8::Object> NewSocket(Realm& realm) {
    return bindings::NewHandleObject(
        realm, realm.binding_data<PipeWrapData>().pipe.Get(realm.isolate()), kSocket);
  }

  // bind(path): creates the socket file; it must not exist yet.
  static void Bind(const v8::FunctionCallbackInfo<v8::Value>& info) {
    std::string path;
    if (!pool::ValidateString(info.GetIsolate(), info[0], "path", &path)) return;
    PipeWrap* wrap = OpenStreamWrap<PipeWrap>(info);
    if (wrap == nullptr) return;
    info.GetReturnValue().Set(uv_pipe_bind(&wrap->pipe_, path.c_str()));
  }

  static void Listen(const v8::FunctionCallbackInfo<v8::Value>& info) {
    int64_t backlog;
    if (!pool::ValidateInteger(info.GetIsolate(), info[0], "backlog", INT32_MIN, INT32_MAX,
                               &backlog)) {
      return;
    }
    PipeWrap* wrap = OpenStreamWrap<PipeWrap>(info);
    if (wrap == nullptr) return;
    info.GetReturnValue().Set(
        uv_listen(wrap->stream(), static_cast<int>(backlog), bindings::OnConnection<PipeWrap>));
  }

  // connect(req, path): libuv's uv_pipe_connect returns nothing; a missing
  // file or a refused connection arrives as the status of req.oncomplete.
  static void Connect(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    Realm& realm = Realm::GetCurrent(info);
    std::string path;
    if (!bindings::CheckRequestObject(isolate,
                                      realm.binding_data<PipeWrapData>().connect_wrap.Get(isolate),
                                      "PipeConnectWrap", info[0]) ||
        !pool::ValidateString(isolate, info[1], "path", &path)) {
      return;
    }
    PipeWrap* wrap = OpenStreamWrap<PipeWrap>(info);
    if (wrap == nullptr) return;
    auto* connect = new bindings::ConnectReq(realm, info[0].As<v8::Object>());
    uv_pipe_connect(connect->request(), &wrap->pipe_, path.c_str(), bindings::AfterConnect);
    info.GetReturnValue().Set(connect->Dispatched(0));
  }

  // fchmod(mode): makes the bound socket file readable and/or writable by
  // everyone (net's readableAll / writableAll), so other users may connect.
  static void Fchmod(const v8::FunctionCallbackInfo<v8::Value>& info) {
    int64_t mode;
    if (!pool::ValidateInteger(info.GetIsolate(), info[0], "mode", 0, INT32_MAX, &mode)) return;
    PipeWrap* wrap = OpenStreamWrap<PipeWrap>(info);
    if (wrap == nullptr) return;
    info.GetReturnValue().Set(uv_pipe_chmod(&wrap->pipe_, static_cast<int>(mode)));
  }

  // setPendingInstances(n): how many instances of a Windows named pipe
  // wait for clients. A Unix socket has no such thing; the call checks its
  // argument and does nothing, as Node's does off Windows.
  static void SetPendingInstances(const v8::FunctionCallbackInfo<v8::Value>& info) {
    int64_t instances;
    pool::ValidateInteger(info.GetIsolate(), info[0], "instances", 0, INT32_MAX, &instances);
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
  realm.SetProtoMethod(klass, "open", PipeWrap::Open, 1);
  realm.SetProtoMethod(klass, "setBlocking", SetStreamBlocking<PipeWrap>, 1);
  realm.SetProtoMethod(klass, "bind", PipeWrap::Bind, 1);
  realm.SetProtoMethod(klass, "listen", PipeWrap::Listen, 1);
  realm.SetProtoMethod(klass, "connect", PipeWrap::Connect, 2);
  realm.SetProtoMethod(klass, "fchmod", PipeWrap::Fchmod, 1);
  realm.SetProtoMethod(klass, "setPendingInstances", PipeWrap::SetPendingInstances, 1);
  PipeWrapData& data = realm.binding_data<PipeWrapData>();
  data.pipe.Reset(isolate, klass);
  data.connect_wrap.Reset(isolate, bindings::NewRequestClass(realm, "PipeConnectWrap"));
  auto set = [&](v8::Local<v8::Object> target, const char* name, v8::Local<v8::Value> value) {
    target->CreateDataProperty(context, realm.Name(name), value).Check();
  };
  set(exports, "Pipe", klass->GetFunction(context).ToLocalChecked());
  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  set(constants, "SOCKET", v8::Integer::New(isolate, kSocket));
  set(constants, "SERVER", v8::Integer::New(isolate, kServer));
  set(constants, "IPC", v8::Integer::New(isolate, kIpc));
  set(constants, "UV_READABLE", v8::Integer::New(isolate, UV_READABLE));
  set(constants, "UV_WRITABLE", v8::Integer::New(isolate, UV_WRITABLE));
  set(exports, "PipeConnectWrap",
      data.connect_wrap.Get(isolate)->GetFunction(context).ToLocalChecked());
  set(exports, "constants", constants);
}

}  // namespace

uv_pipe_t* UnwrapPipe(Realm& realm, v8::Local<v8::Value> value) {
  v8::Isolate* isolate = realm.isolate();
  const v8::Global<v8::FunctionTemplate>& klass = realm.binding_data<PipeWrapData>().pipe;
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
