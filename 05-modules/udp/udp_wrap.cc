/// \file
/// The `udp_wrap` binding: UDP sockets on libuv's uv_udp_t, under which
/// lib/dgram.js builds dgram.Socket. (Node: src/udp_wrap.cc, UDPWrap.)
///
///     const { UDP, SendWrap, constants } = internalBinding('udp_wrap');
///
///     handle = new UDP()
///     handle.bind(address, port, flags)        0 or a uv error (bind6 for IPv6)
///     handle.onmessage = (nread, handle, arrayBuffer, rinfo) => ...
///                                              nread < 0: a uv error, no data
///     handle.recvStart() / recvStop()          0 or a uv error
///     req = new SendWrap()
///     req.oncomplete = (status, sent) => ...
///     handle.send(req, [buffers], count, port, address, hasCb)  (send6 for IPv6)
///                                     size + 1: sent at once, no oncomplete;
///                                     0: queued, oncomplete follows; < 0: a uv error
///     handle.send(req, [buffers], count, hasCb)   on a connected socket
///     handle.connect(address, port) / connect6 / disconnect()
///     handle.getsockname(out) / getpeername(out)
///     handle.setBroadcast(on), setTTL(n), setMulticastTTL(n),
///     setMulticastLoopback(on), setMulticastInterface(address),
///     addMembership(group, iface), dropMembership(group, iface)
///     handle.bufferSize(size, isReceive)       the size, or a negative uv error
///     handle.close(), ref(), unref(), hasRef() (handle_wrap.h)
///
/// **A handle without a stream.** TCP is a byte stream: stage 04's
/// StreamWrap reads chunks whose edges mean nothing, and writes queue behind
/// each other. UDP has no connection and no order: each datagram arrives
/// whole or not at all, with the address it came from. So UDP is a plain
/// HandleWrap, not a StreamWrap: uv_udp_recv_start calls back once per
/// datagram with its sender (`rinfo`), and every send is its own request
/// naming its destination. "Connecting" a UDP socket only fixes the peer
/// (the kernel then filters incoming datagrams and send() needs no address).
///
/// As in tcp_wrap.cc, methods return libuv's status codes and the JS module
/// decides what is an 'error' event and what throws; only a call that is
/// wrong in its types throws here.
#include <uv.h>
#include <v8.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "binding_registry.h"
#include "handle_wrap.h"
#include "node_errors.h"
#include "realm.h"
#include "req_wrap.h"
#include "socket_address.h"
#include "support/validate.h"

namespace modules {
namespace {

using bindings::AddressToJS;
using bindings::HandleWrap;
using bindings::ParseAddress;
using bindings::Realm;
using bindings::ReqWrap;

class UdpWrapData : public bindings::BindingData {
 public:
  static constexpr const char* kBindingName = "udp_wrap";
  explicit UdpWrapData(Realm& realm);

  v8::Global<v8::FunctionTemplate> udp;
  v8::Global<v8::FunctionTemplate> send_wrap;
};

/// One datagram on its way out. It owns the bytes (the backing stores of the
/// Buffers it was given) until libuv has handed them to the kernel.
class SendReq : public ReqWrap<uv_udp_send_t> {
 public:
  SendReq(Realm& realm, v8::Local<v8::Object> object) : ReqWrap(realm, object) {}

  std::vector<std::shared_ptr<v8::BackingStore>> stores;
  std::vector<uv_buf_t> buffers;
  size_t size = 0;
};

class UdpWrap : public HandleWrap {
 public:
  UdpWrap(Realm& realm, v8::Local<v8::Object> object)
      : HandleWrap(realm, object, reinterpret_cast<uv_handle_t*>(&udp_)) {
    uv_udp_init(realm.uv_loop(), &udp_);
  }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    if (!info.IsConstructCall()) {
      errors::Throw(isolate, errors::ConstructCallRequired(isolate, "UDP"));
      return;
    }
    new UdpWrap(Realm::GetCurrent(info), info.This());  // owned by its handle
  }

  static void Bind(const v8::FunctionCallbackInfo<v8::Value>& info) { BindTo(info, false); }
  static void Bind6(const v8::FunctionCallbackInfo<v8::Value>& info) { BindTo(info, true); }
  static void Connect(const v8::FunctionCallbackInfo<v8::Value>& info) { ConnectTo(info, false); }
  static void Connect6(const v8::FunctionCallbackInfo<v8::Value>& info) { ConnectTo(info, true); }
  static void Send(const v8::FunctionCallbackInfo<v8::Value>& info) { SendTo(info, false); }
  static void Send6(const v8::FunctionCallbackInfo<v8::Value>& info) { SendTo(info, true); }

  static void Disconnect(const v8::FunctionCallbackInfo<v8::Value>& info) {
    if (UdpWrap* wrap = OpenWrap<UdpWrap>(info)) {
      info.GetReturnValue().Set(uv_udp_connect(&wrap->udp_, nullptr));
    }
  }

  static void RecvStart(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UdpWrap* wrap = OpenWrap<UdpWrap>(info);
    if (wrap == nullptr) return;
    int err = uv_udp_recv_start(&wrap->udp_, OnAlloc, OnRecv);
    if (err == UV_EALREADY) err = 0;  // already receiving: nothing to do
    info.GetReturnValue().Set(err);
  }

  static void RecvStop(const v8::FunctionCallbackInfo<v8::Value>& info) {
    if (UdpWrap* wrap = OpenWrap<UdpWrap>(info))
      info.GetReturnValue().Set(uv_udp_recv_stop(&wrap->udp_));
  }

  static void GetSockName(const v8::FunctionCallbackInfo<v8::Value>& info) {
    GetAddress(info, uv_udp_getsockname);
  }
  static void GetPeerName(const v8::FunctionCallbackInfo<v8::Value>& info) {
    GetAddress(info, uv_udp_getpeername);
  }

  // The socket options: each a thin call to libuv, which maps it to
  // setsockopt() for the socket's family (IP_TTL or IPV6_UNICAST_HOPS, ...).
  static void SetBroadcast(const v8::FunctionCallbackInfo<v8::Value>& info) {
    if (UdpWrap* wrap = OpenWrap<UdpWrap>(info)) {
      info.GetReturnValue().Set(uv_udp_set_broadcast(&wrap->udp_, info[0]->IsTrue()));
    }
  }
  static void SetMulticastLoopback(const v8::FunctionCallbackInfo<v8::Value>& info) {
    if (UdpWrap* wrap = OpenWrap<UdpWrap>(info)) {
      info.GetReturnValue().Set(uv_udp_set_multicast_loop(&wrap->udp_, info[0]->IsTrue()));
    }
  }
  static void SetTtl(const v8::FunctionCallbackInfo<v8::Value>& info) {
    SetNumberOption(info, uv_udp_set_ttl);
  }
  static void SetMulticastTtl(const v8::FunctionCallbackInfo<v8::Value>& info) {
    SetNumberOption(info, uv_udp_set_multicast_ttl);
  }

  static void SetMulticastInterface(const v8::FunctionCallbackInfo<v8::Value>& info) {
    std::string address;
    if (!pool::ValidateString(info.GetIsolate(), info[0], "interfaceAddress", &address)) return;
    if (UdpWrap* wrap = OpenWrap<UdpWrap>(info)) {
      info.GetReturnValue().Set(uv_udp_set_multicast_interface(&wrap->udp_, address.c_str()));
    }
  }

  static void AddMembership(const v8::FunctionCallbackInfo<v8::Value>& info) {
    SetMembership(info, UV_JOIN_GROUP);
  }
  static void DropMembership(const v8::FunctionCallbackInfo<v8::Value>& info) {
    SetMembership(info, UV_LEAVE_GROUP);
  }

  // bufferSize(size, isReceive): size 0 asks, otherwise sets. Linux reports
  // twice what was set (the kernel's bookkeeping share), as Node shows too.
  static void BufferSize(const v8::FunctionCallbackInfo<v8::Value>& info) {
    int64_t size;
    if (!pool::ValidateInteger(info.GetIsolate(), info[0], "size", 0, INT32_MAX, &size)) return;
    UdpWrap* wrap = OpenWrap<UdpWrap>(info);
    if (wrap == nullptr) return;
    int value = static_cast<int>(size);
    auto* handle = reinterpret_cast<uv_handle_t*>(&wrap->udp_);
    int err = info[1]->IsTrue() ? uv_recv_buffer_size(handle, &value)
                                : uv_send_buffer_size(handle, &value);
    info.GetReturnValue().Set(err != 0 ? err : value);
  }

  static void GetSendQueueSize(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UdpWrap* wrap = Unwrap<UdpWrap>(info.This());
    double size =
        wrap != nullptr ? static_cast<double>(uv_udp_get_send_queue_size(&wrap->udp_)) : 0;
    info.GetReturnValue().Set(size);
  }
  static void GetSendQueueCount(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UdpWrap* wrap = Unwrap<UdpWrap>(info.This());
    double count =
        wrap != nullptr ? static_cast<double>(uv_udp_get_send_queue_count(&wrap->udp_)) : 0;
    info.GetReturnValue().Set(count);
  }

 private:
  using Getter = int (*)(const uv_udp_t*, sockaddr*, int*);
  using NumberSetter = int (*)(uv_udp_t*, int);

  static void BindTo(const v8::FunctionCallbackInfo<v8::Value>& info, bool ipv6) {
    v8::Isolate* isolate = info.GetIsolate();
    std::string address;
    int port;
    int64_t flags = 0;
    if (!pool::ValidateString(isolate, info[0], "address", &address) ||
        !pool::ValidatePort(isolate, info[1], &port) ||
        (!info[2]->IsUndefined() &&
         !pool::ValidateInteger(isolate, info[2], "flags", 0, INT32_MAX, &flags))) {
      return;
    }
    UdpWrap* wrap = OpenWrap<UdpWrap>(info);
    if (wrap == nullptr) return;
    sockaddr_storage addr;
    int err = ParseAddress(address, port, ipv6, &addr);
    if (err == 0) {
      err = uv_udp_bind(&wrap->udp_, reinterpret_cast<sockaddr*>(&addr),
                        static_cast<unsigned>(flags));
    }
    info.GetReturnValue().Set(err);
  }

  static void ConnectTo(const v8::FunctionCallbackInfo<v8::Value>& info, bool ipv6) {
    v8::Isolate* isolate = info.GetIsolate();
    std::string address;
    int port;
    if (!pool::ValidateString(isolate, info[0], "address", &address) ||
        !pool::ValidatePort(isolate, info[1], &port)) {
      return;
    }
    UdpWrap* wrap = OpenWrap<UdpWrap>(info);
    if (wrap == nullptr) return;
    sockaddr_storage addr;
    int err = ParseAddress(address, port, ipv6, &addr);
    if (err == 0) err = uv_udp_connect(&wrap->udp_, reinterpret_cast<sockaddr*>(&addr));
    info.GetReturnValue().Set(err);
  }

  // send(req, buffers, count[, port, address]): the buffers go out as one
  // datagram (libuv gathers them with sendmsg's iovec, no copy).
  static void SendTo(const v8::FunctionCallbackInfo<v8::Value>& info, bool ipv6) {
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    Realm& realm = Realm::GetCurrent(info);
    if (!bindings::CheckRequestObject(isolate,
                                      realm.binding_data<UdpWrapData>().send_wrap.Get(isolate),
                                      "SendWrap", info[0])) {
      return;
    }
    if (!info[1]->IsArray()) {
      errors::Throw(isolate,
                    errors::InvalidArgType(isolate, "buffers", "be an instance of Array", info[1]));
      return;
    }
    v8::Local<v8::Array> list = info[1].As<v8::Array>();
    // (req, buffers, count, hasCallback) on a connected socket, otherwise
    // (req, buffers, count, port, address, hasCallback).
    bool connected = info.Length() < 5;
    std::string address;
    int port = 0;
    if (!connected && (!pool::ValidatePort(isolate, info[3], &port) ||
                       !pool::ValidateString(isolate, info[4], "address", &address))) {
      return;
    }
    UdpWrap* wrap = OpenWrap<UdpWrap>(info);
    if (wrap == nullptr) return;
    sockaddr_storage addr;
    if (!connected) {
      int err = ParseAddress(address, port, ipv6, &addr);
      if (err != 0) return info.GetReturnValue().Set(err);
    }
    auto send = std::make_unique<SendReq>(realm, info[0].As<v8::Object>());
    for (uint32_t i = 0; i < list->Length(); i++) {
      v8::Local<v8::Value> item;
      v8::Local<v8::ArrayBufferView> view;
      if (!list->Get(context, i).ToLocal(&item) ||
          !pool::ValidateBuffer(isolate, item, "buffers", &view)) {
        return;
      }
      // Buffer() first: it moves a small array out of the V8 heap for good.
      std::shared_ptr<v8::BackingStore> store = view->Buffer()->GetBackingStore();
      char* bytes = static_cast<char*>(store->Data()) + view->ByteOffset();
      send->buffers.push_back(uv_buf_init(bytes, static_cast<unsigned>(view->ByteLength())));
      send->size += view->ByteLength();
      send->stores.push_back(std::move(store));
    }
    // The fast path, as Node takes it: the kernel usually takes a datagram
    // at once. Then no request is needed, and the caller learns it from the
    // result, size + 1 (0 stays "queued", a negative value an error).
    const sockaddr* to = connected ? nullptr : reinterpret_cast<sockaddr*>(&addr);
    int sent = uv_udp_try_send(&wrap->udp_, send->buffers.data(),
                               static_cast<unsigned>(send->buffers.size()), to);
    if (sent >= 0) return info.GetReturnValue().Set(static_cast<double>(send->size) + 1);
    if (sent != UV_EAGAIN && sent != UV_ENOSYS) return info.GetReturnValue().Set(sent);
    SendReq* request = send.release();
    int err = request->Dispatched(
        uv_udp_send(request->request(), &wrap->udp_, request->buffers.data(),
                    static_cast<unsigned>(request->buffers.size()), to, AfterSend));
    info.GetReturnValue().Set(err);
  }

  static void AfterSend(uv_udp_send_t* request, int status) {
    SendReq* send = SendReq::From<SendReq>(request);
    v8::Isolate* isolate = send->isolate();
    v8::HandleScope handle_scope(isolate);
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status),
                                   v8::Number::New(isolate, static_cast<double>(send->size))};
    send->Complete(2, argv);
  }

  // A datagram is at most 64 KiB; each receive gets a fresh block that the
  // ArrayBuffer then owns (as StreamWrap::OnRead does for TCP).
  static void OnAlloc(uv_handle_t*, size_t suggested, uv_buf_t* buf) {
    buf->base = static_cast<char*>(std::malloc(suggested));
    buf->len = buf->base != nullptr ? suggested : 0;
  }

  static void OnRecv(uv_udp_t* udp, ssize_t nread, const uv_buf_t* buf, const sockaddr* from,
                     unsigned flags) {
    UdpWrap* wrap = static_cast<UdpWrap*>(static_cast<HandleWrap*>(udp->data));
    char* memory = buf->base;
    Realm* realm = wrap->realm();
    // nread 0 with no sender: the socket was drained (EAGAIN), no datagram.
    // nread 0 *with* a sender is a real, empty datagram.
    if (realm == nullptr || (nread == 0 && from == nullptr)) {
      std::free(memory);
      return;
    }
    v8::Isolate* isolate = realm->isolate();
    v8::HandleScope handle_scope(isolate);
    v8::Local<v8::Context> context = realm->context();
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, static_cast<int32_t>(nread)),
                                   wrap->object(), v8::Undefined(isolate), v8::Undefined(isolate)};
    if (nread < 0) {
      std::free(memory);
    } else {
      if (flags & UV_UDP_PARTIAL) {  // larger than the block: the rest is lost
        std::free(memory);
        argv[0] = v8::Integer::New(isolate, UV_EMSGSIZE);
        realm->MakeCallback(wrap->object(), realm->Name("onmessage"), 4, argv);
        return;
      }
      std::unique_ptr<v8::BackingStore> store;
      if (nread == 0) {
        std::free(memory);
        store = v8::ArrayBuffer::NewBackingStore(isolate, 0);
      } else {
        store = v8::ArrayBuffer::NewBackingStore(
            memory, nread, [](void* data, size_t, void*) { std::free(data); }, nullptr);
      }
      argv[2] = v8::ArrayBuffer::New(isolate, std::move(store));
      v8::Local<v8::Object> rinfo = v8::Object::New(isolate);
      AddressToJS(*realm, from, rinfo);
      rinfo->Set(context, realm->Name("size"), v8::Integer::New(isolate, static_cast<int>(nread)))
          .Check();
      argv[3] = rinfo;
    }
    realm->MakeCallback(wrap->object(), realm->Name("onmessage"), 4, argv);
  }

  static void GetAddress(const v8::FunctionCallbackInfo<v8::Value>& info, Getter get) {
    v8::Local<v8::Object> out;
    if (!pool::ValidateObject(info.GetIsolate(), info[0], "out", &out)) return;
    UdpWrap* wrap = OpenWrap<UdpWrap>(info);
    if (wrap == nullptr) return;
    sockaddr_storage address;
    int length = sizeof address;
    int err = get(&wrap->udp_, reinterpret_cast<sockaddr*>(&address), &length);
    if (err == 0) AddressToJS(Realm::GetCurrent(info), reinterpret_cast<sockaddr*>(&address), out);
    info.GetReturnValue().Set(err);
  }

  static void SetNumberOption(const v8::FunctionCallbackInfo<v8::Value>& info, NumberSetter set) {
    int64_t value;
    if (!pool::ValidateInteger(info.GetIsolate(), info[0], "ttl", INT32_MIN, INT32_MAX, &value))
      return;
    if (UdpWrap* wrap = OpenWrap<UdpWrap>(info)) {
      info.GetReturnValue().Set(set(&wrap->udp_, static_cast<int>(value)));
    }
  }

  static void SetMembership(const v8::FunctionCallbackInfo<v8::Value>& info,
                            uv_membership membership) {
    v8::Isolate* isolate = info.GetIsolate();
    std::string group, iface;
    if (!pool::ValidateString(isolate, info[0], "multicastAddress", &group)) return;
    bool has_iface = !info[1]->IsUndefined() && !info[1]->IsNull();
    if (has_iface && !pool::ValidateString(isolate, info[1], "multicastInterface", &iface)) return;
    if (UdpWrap* wrap = OpenWrap<UdpWrap>(info)) {
      info.GetReturnValue().Set(uv_udp_set_membership(
          &wrap->udp_, group.c_str(), has_iface ? iface.c_str() : nullptr, membership));
    }
  }

  uv_udp_t udp_;
};

UdpWrapData::UdpWrapData(Realm& realm) {
  v8::Isolate* isolate = realm.isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::FunctionTemplate> klass = realm.NewClass("UDP", UdpWrap::New);
  HandleWrap::AddMethods(realm, klass);
  realm.SetProtoMethod(klass, "bind", UdpWrap::Bind, 3);
  realm.SetProtoMethod(klass, "bind6", UdpWrap::Bind6, 3);
  realm.SetProtoMethod(klass, "connect", UdpWrap::Connect, 2);
  realm.SetProtoMethod(klass, "connect6", UdpWrap::Connect6, 2);
  realm.SetProtoMethod(klass, "disconnect", UdpWrap::Disconnect);
  realm.SetProtoMethod(klass, "send", UdpWrap::Send, 5);
  realm.SetProtoMethod(klass, "send6", UdpWrap::Send6, 5);
  realm.SetProtoMethod(klass, "recvStart", UdpWrap::RecvStart);
  realm.SetProtoMethod(klass, "recvStop", UdpWrap::RecvStop);
  realm.SetProtoMethod(klass, "getsockname", UdpWrap::GetSockName, 1);
  realm.SetProtoMethod(klass, "getpeername", UdpWrap::GetPeerName, 1);
  realm.SetProtoMethod(klass, "setBroadcast", UdpWrap::SetBroadcast, 1);
  realm.SetProtoMethod(klass, "setTTL", UdpWrap::SetTtl, 1);
  realm.SetProtoMethod(klass, "setMulticastTTL", UdpWrap::SetMulticastTtl, 1);
  realm.SetProtoMethod(klass, "setMulticastLoopback", UdpWrap::SetMulticastLoopback, 1);
  realm.SetProtoMethod(klass, "setMulticastInterface", UdpWrap::SetMulticastInterface, 1);
  realm.SetProtoMethod(klass, "addMembership", UdpWrap::AddMembership, 2);
  realm.SetProtoMethod(klass, "dropMembership", UdpWrap::DropMembership, 2);
  realm.SetProtoMethod(klass, "bufferSize", UdpWrap::BufferSize, 2);
  realm.SetProtoMethod(klass, "getSendQueueSize", UdpWrap::GetSendQueueSize);
  realm.SetProtoMethod(klass, "getSendQueueCount", UdpWrap::GetSendQueueCount);
  udp.Reset(isolate, klass);
  send_wrap.Reset(isolate, bindings::NewRequestClass(realm, "SendWrap"));
}

void InitializeUdpWrap(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Isolate* isolate = realm.isolate();
  v8::Local<v8::Context> context = realm.context();
  UdpWrapData& data = realm.binding_data<UdpWrapData>();
  auto set = [&](v8::Local<v8::Object> target, const char* name, v8::Local<v8::Value> value) {
    target->CreateDataProperty(context, realm.Name(name), value).Check();
  };
  set(exports, "UDP", data.udp.Get(isolate)->GetFunction(context).ToLocalChecked());
  set(exports, "SendWrap", data.send_wrap.Get(isolate)->GetFunction(context).ToLocalChecked());
  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  set(constants, "UV_UDP_IPV6ONLY", v8::Integer::New(isolate, UV_UDP_IPV6ONLY));
  set(constants, "UV_UDP_REUSEADDR", v8::Integer::New(isolate, UV_UDP_REUSEADDR));
  set(exports, "constants", constants);
}

}  // namespace
}  // namespace modules

namespace bindings {
BINDING_REGISTER(udp_wrap, modules::InitializeUdpWrap);
}  // namespace bindings
