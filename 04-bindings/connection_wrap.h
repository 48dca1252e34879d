/// \file
/// What a stream that listens and connects does the same way whatever it
/// runs over: TCP (tcp_wrap.cc) or a Unix domain socket (05-modules'
/// stdio/pipe_wrap.cc). (Node: src/connection_wrap.cc, ConnectionWrap.)
///
/// The two kinds differ in how an address is spelled (an IP and a port, or
/// a file system path) and so in bind() and connect(); once libuv has a
/// listening uv_stream_t or a finished uv_connect_t, the rest is the same:
///
///     a client arrives    OnConnection<Wrap>: a new JS handle of the same
///                         class (Wrap::NewSocket), uv_accept() into it,
///                         server.onconnection(status, client)
///     a connect ends      AfterConnect: req.oncomplete(status, handle, req,
///                         readable, writable)
///
/// Both are templates or inline functions here, so each binding keeps its
/// own class and libuv type and only the shape of the callbacks is shared.
#pragma once

#include <uv.h>
#include <v8.h>

#include "handle_wrap.h"
#include "realm.h"
#include "req_wrap.h"

namespace bindings {

/// A connect request in flight: a uv_connect_t tied to its JS request object.
using ConnectReq = ReqWrap<uv_connect_t>;

/// `new Klass(type)` from C++, as a binding makes the JS object of an accepted
/// connection (`new TCP(SOCKET)`, `new Pipe(SOCKET)`).
inline v8::MaybeLocal<v8::Object> NewHandleObject(Realm& realm,
                                                  v8::Local<v8::FunctionTemplate> klass, int type) {
  v8::Local<v8::Context> context = realm.context();
  v8::Local<v8::Value> argument = v8::Integer::New(realm.isolate(), type);
  return klass->GetFunction(context).ToLocalChecked()->NewInstance(context, 1, &argument);
}

/// uv_connection_cb of a listening handle whose wrapper is a `Wrap`. `Wrap`
/// provides `static v8::MaybeLocal<v8::Object> NewSocket(Realm&)`, the JS
/// object an accepted connection gets (as `new TCP(SOCKET)` or `new
/// Pipe(SOCKET)` would make it), and is a StreamWrap.
template <typename Wrap>
void OnConnection(uv_stream_t* server, int status) {
  Wrap* wrap = static_cast<Wrap*>(static_cast<HandleWrap*>(server->data));
  Realm* realm = wrap->realm();
  if (realm == nullptr) return;
  v8::Isolate* isolate = realm->isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status), v8::Undefined(isolate)};
  if (status == 0) {
    v8::Local<v8::Object> client;
    if (!Wrap::NewSocket(*realm).ToLocal(&client)) return;
    Wrap* client_wrap = BaseObject::Unwrap<Wrap>(client);
    if (uv_accept(server, client_wrap->stream()) != 0) {
      // The peer gave up between the wake-up and now; Node drops it silently.
      client_wrap->Close();
      return;
    }
    argv[1] = client;
  }
  realm->MakeCallback(wrap->object(), realm->CallbackName(Realm::Callback::kOnConnection), 2, argv);
}

/// uv_connect_cb of a TCP or a pipe connect: req.oncomplete(status, handle,
/// req, readable, writable). libuv completes (or cancels) a connect before
/// its handle's close callback, so the handle's wrapper is still there.
inline void AfterConnect(uv_connect_t* request, int status) {
  ConnectReq* connect = ConnectReq::From<ConnectReq>(request);
  HandleWrap* wrap = static_cast<HandleWrap*>(request->handle->data);
  v8::Isolate* isolate = connect->isolate();
  v8::HandleScope handle_scope(isolate);
  bool readable = status == 0 && uv_is_readable(request->handle) != 0;
  bool writable = status == 0 && uv_is_writable(request->handle) != 0;
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status), wrap->object(),
                                 connect->object(), v8::Boolean::New(isolate, readable),
                                 v8::Boolean::New(isolate, writable)};
  connect->Complete(5, argv);
}

}  // namespace bindings
