/// \file
/// The `tcp_wrap` binding: TCP sockets on libuv's uv_tcp_t. (Node:
/// src/tcp_wrap.cc, TCPWrap.)
///
/// Everything a TCP server or client needs, in Node's raw form:
///
///     const { TCP, TCPConnectWrap, constants } = internalBinding('tcp_wrap');
///
///     server = new TCP(constants.SERVER)
///     server.bind(address, port)          0 or a uv error (bind6 for IPv6)
///     server.listen(backlog)              0 or a uv error
///     server.onconnection = (status, client) => ...
///                                         client: a new TCP, already accepted
///     server.getsockname(out)             fills out.address, .family, .port
///
///     socket = new TCP(constants.SOCKET)
///     req = new TCPConnectWrap()
///     req.oncomplete = (status, socket, req, readable, writable) => ...
///     socket.connect(req, address, port)  0 or a uv error (connect6 for IPv6)
///     socket.reset(cb)                    close with a RST: the peer reads ECONNRESET
///
/// plus what every stream has (stream_wrap.h: readStart, writeBuffer, ...)
/// and every handle (handle_wrap.h: close, ref, unref, hasRef).
///
/// Methods return libuv's status codes instead of throwing, as Node's raw
/// bindings do: failing to bind a port is an expected outcome the caller
/// decides about (its `net` module turns it into an 'error' event). Only a
/// call that is *wrong* (a number where the address should be) throws.
#include <uv.h>
#include <v8.h>

#include <cstdint>
#include <string>

#include "binding_registry.h"
#include "connection_wrap.h"
#include "node_errors.h"
#include "realm.h"
#include "req_wrap.h"
#include "socket_address.h"
#include "stream_wrap.h"
#include "support/validate.h"

namespace bindings {
namespace {

/// The binding's state in one realm: its two classes. The TCP template is
/// needed again for every accepted connection, which gets a new TCP object.
class TcpWrapData : public BindingData {
 public:
  static constexpr const char* kBindingName = "tcp_wrap";
  explicit TcpWrapData(Realm& realm);

  v8::Global<v8::FunctionTemplate> tcp;
  v8::Global<v8::FunctionTemplate> connect_wrap;
};

/// new TCP(type): what a socket or a server is, `constants.SOCKET` or
/// `constants.SERVER` (Node keeps the difference for its async hooks).
enum TcpType : int { kSocket = 0, kServer = 1 };

class TcpWrap : public StreamWrap {
 public:
  TcpWrap(Realm& realm, v8::Local<v8::Object> object)
      : StreamWrap(realm, object, reinterpret_cast<uv_stream_t*>(&tcp_)) {
    // `tcp_` is left uninitialised by C++ and filled in here; libuv's init
    // functions never touch `data`, which HandleWrap has already set.
    uv_tcp_init(realm.uv_loop(), &tcp_);
  }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Bind(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Bind6(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Listen(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Connect(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Connect6(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetSockName(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetPeerName(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetNoDelay(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetKeepAlive(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Reset(const v8::FunctionCallbackInfo<v8::Value>& info);
  /// The JS object of an accepted connection, made as `new TCP(SOCKET)` is
  /// (connection_wrap.h's OnConnection asks for it).
  static v8::MaybeLocal<v8::Object> NewSocket(Realm& realm);

 private:
  static void BindTo(const v8::FunctionCallbackInfo<v8::Value>& info, bool ipv6);
  static void ConnectTo(const v8::FunctionCallbackInfo<v8::Value>& info, bool ipv6);
  /// uv_tcp_getsockname or uv_tcp_getpeername: the two differ only in which
  /// end of the socket they ask about.
  using AddressGetter = int (*)(const uv_tcp_t*, sockaddr*, int*);
  static void GetAddress(const v8::FunctionCallbackInfo<v8::Value>& info, AddressGetter get);

  uv_tcp_t tcp_;
};

// ---- The class ----

TcpWrapData::TcpWrapData(Realm& realm) {
  v8::Isolate* isolate = realm.isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::FunctionTemplate> klass = realm.NewClass("TCP", TcpWrap::New);
  StreamWrap::AddMethods(realm, klass);
  realm.SetProtoMethod(klass, "bind", TcpWrap::Bind, 2);
  realm.SetProtoMethod(klass, "bind6", TcpWrap::Bind6, 3);
  realm.SetProtoMethod(klass, "listen", TcpWrap::Listen, 1);
  realm.SetProtoMethod(klass, "connect", TcpWrap::Connect, 3);
  realm.SetProtoMethod(klass, "connect6", TcpWrap::Connect6, 3);
  realm.SetProtoMethod(klass, "getsockname", TcpWrap::GetSockName, 1);
  realm.SetProtoMethod(klass, "getpeername", TcpWrap::GetPeerName, 1);
  realm.SetProtoMethod(klass, "setNoDelay", TcpWrap::SetNoDelay, 1);
  realm.SetProtoMethod(klass, "setKeepAlive", TcpWrap::SetKeepAlive, 2);
  realm.SetProtoMethod(klass, "reset", TcpWrap::Reset, 1);
  tcp.Reset(isolate, klass);

  connect_wrap.Reset(isolate, NewRequestClass(realm, "TCPConnectWrap"));
}

void TcpWrap::New(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info.IsConstructCall()) {
    errors::Throw(info.GetIsolate(), errors::ConstructCallRequired(info.GetIsolate(), "TCP"));
    return;
  }
  info.This()->SetAlignedPointerInInternalField(kSlot, nullptr);  // until it has a C++ side
  int64_t type;
  if (!pool::ValidateInteger(info.GetIsolate(), info[0], "type", kSocket, kServer, &type)) return;
  new TcpWrap(Realm::GetCurrent(info), info.This());  // owned by its handle: see handle_wrap.h
}

void TcpWrap::Bind(const v8::FunctionCallbackInfo<v8::Value>& info) { BindTo(info, false); }
void TcpWrap::Bind6(const v8::FunctionCallbackInfo<v8::Value>& info) { BindTo(info, true); }

void TcpWrap::BindTo(const v8::FunctionCallbackInfo<v8::Value>& info, bool ipv6) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string address;
  int port;
  int64_t flags = 0;
  if (!pool::ValidateString(isolate, info[0], "address", &address) ||
      !pool::ValidatePort(isolate, info[1], &port) ||
      (ipv6 && !info[2]->IsUndefined() &&
       !pool::ValidateInteger(isolate, info[2], "flags", 0, INT32_MAX, &flags))) {
    return;
  }
  TcpWrap* wrap = OpenWrap<TcpWrap>(info);
  if (wrap == nullptr) return;
  sockaddr_storage addr;
  int err = ParseAddress(address, port, ipv6, &addr);
  if (err == 0) {
    err =
        uv_tcp_bind(&wrap->tcp_, reinterpret_cast<sockaddr*>(&addr), static_cast<unsigned>(flags));
  }
  info.GetReturnValue().Set(err);
}

void TcpWrap::Listen(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int64_t backlog;
  if (!pool::ValidateInteger(info.GetIsolate(), info[0], "backlog", INT32_MIN, INT32_MAX, &backlog))
    return;
  TcpWrap* wrap = OpenWrap<TcpWrap>(info);
  if (wrap == nullptr) return;
  info.GetReturnValue().Set(
      uv_listen(wrap->stream(), static_cast<int>(backlog), OnConnection<TcpWrap>));
}

v8::MaybeLocal<v8::Object> TcpWrap::NewSocket(Realm& realm) {
  return NewHandleObject(realm, realm.binding_data<TcpWrapData>().tcp.Get(realm.isolate()),
                         kSocket);
}

void TcpWrap::Connect(const v8::FunctionCallbackInfo<v8::Value>& info) { ConnectTo(info, false); }
void TcpWrap::Connect6(const v8::FunctionCallbackInfo<v8::Value>& info) { ConnectTo(info, true); }

void TcpWrap::ConnectTo(const v8::FunctionCallbackInfo<v8::Value>& info, bool ipv6) {
  v8::Isolate* isolate = info.GetIsolate();
  Realm& realm = Realm::GetCurrent(info);
  std::string address;
  int port;
  if (!CheckRequestObject(isolate, realm.binding_data<TcpWrapData>().connect_wrap.Get(isolate),
                          "TCPConnectWrap", info[0]) ||
      !pool::ValidateString(isolate, info[1], "address", &address) ||
      !pool::ValidatePort(isolate, info[2], &port)) {
    return;
  }
  TcpWrap* wrap = OpenWrap<TcpWrap>(info);
  if (wrap == nullptr) return;
  sockaddr_storage addr;
  int err = ParseAddress(address, port, ipv6, &addr);
  if (err == 0) {
    ConnectReq* connect = new ConnectReq(realm, info[0].As<v8::Object>());
    err = connect->Dispatched(uv_tcp_connect(connect->request(), &wrap->tcp_,
                                             reinterpret_cast<sockaddr*>(&addr), AfterConnect));
  }
  info.GetReturnValue().Set(err);
}

void TcpWrap::GetSockName(const v8::FunctionCallbackInfo<v8::Value>& info) {
  GetAddress(info, uv_tcp_getsockname);
}
void TcpWrap::GetPeerName(const v8::FunctionCallbackInfo<v8::Value>& info) {
  GetAddress(info, uv_tcp_getpeername);
}

void TcpWrap::GetAddress(const v8::FunctionCallbackInfo<v8::Value>& info, AddressGetter get) {
  v8::Local<v8::Object> out;
  if (!pool::ValidateObject(info.GetIsolate(), info[0], "out", &out)) return;
  TcpWrap* wrap = OpenWrap<TcpWrap>(info);
  if (wrap == nullptr) return;
  sockaddr_storage address;
  int length = sizeof address;
  int err = get(&wrap->tcp_, reinterpret_cast<sockaddr*>(&address), &length);
  if (err == 0) AddressToJS(Realm::GetCurrent(info), reinterpret_cast<sockaddr*>(&address), out);
  info.GetReturnValue().Set(err);
}

void TcpWrap::SetNoDelay(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TcpWrap* wrap = OpenWrap<TcpWrap>(info);
  if (wrap == nullptr) return;
  info.GetReturnValue().Set(uv_tcp_nodelay(&wrap->tcp_, info[0]->BooleanValue(info.GetIsolate())));
}

void TcpWrap::SetKeepAlive(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int64_t delay_seconds;
  if (!pool::ValidateInteger(info.GetIsolate(), info[1], "delay", 0, UINT32_MAX, &delay_seconds))
    return;
  TcpWrap* wrap = OpenWrap<TcpWrap>(info);
  if (wrap == nullptr) return;
  info.GetReturnValue().Set(uv_tcp_keepalive(&wrap->tcp_, info[0]->BooleanValue(info.GetIsolate()),
                                             static_cast<unsigned>(delay_seconds)));
}

// reset(callback): close() with a RST instead of a FIN (SO_LINGER 0), so
// the peer reads ECONNRESET; 0 or a uv error (UV_EINVAL after a shutdown).
void TcpWrap::Reset(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsUndefined() && !info[0]->IsFunction()) {
    errors::Throw(info.GetIsolate(), errors::InvalidArgType(info.GetIsolate(), "callback",
                                                            "be of type function", info[0]));
    return;
  }
  TcpWrap* wrap = OpenWrap<TcpWrap>(info);
  if (wrap == nullptr) return;
  info.GetReturnValue().Set(wrap->CloseWith(info[0], [](uv_handle_t* handle, uv_close_cb done) {
    return uv_tcp_close_reset(reinterpret_cast<uv_tcp_t*>(handle), done);
  }));
}

// ---- The binding: internalBinding('tcp_wrap') ----

void InitializeTcpWrap(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Isolate* isolate = realm.isolate();
  v8::Local<v8::Context> context = realm.context();
  TcpWrapData& data = realm.binding_data<TcpWrapData>();
  auto set = [&](v8::Local<v8::Object> target, const char* name, v8::Local<v8::Value> value) {
    target->CreateDataProperty(context, realm.Name(name), value).Check();
  };
  set(exports, "TCP", data.tcp.Get(isolate)->GetFunction(context).ToLocalChecked());
  set(exports, "TCPConnectWrap",
      data.connect_wrap.Get(isolate)->GetFunction(context).ToLocalChecked());
  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  set(constants, "SOCKET", v8::Integer::New(isolate, kSocket));
  set(constants, "SERVER", v8::Integer::New(isolate, kServer));
  set(constants, "UV_TCP_IPV6ONLY", v8::Integer::New(isolate, UV_TCP_IPV6ONLY));
  set(exports, "constants", constants);
}

}  // namespace

BINDING_REGISTER(tcp_wrap, InitializeTcpWrap);

}  // namespace bindings
