/// \file
/// The `cares_resolver` binding: DNS queries with c-ares, driven by the
/// libuv loop, under which lib/internal/dns/resolver.js builds dns.Resolver
/// and dns.resolve*(). (Node: the ChannelWrap and QueryWrap half of
/// src/cares_wrap.cc; stage 04's cares_wrap.cc holds the getaddrinfo half.)
///
///     const { ChannelWrap, QueryReqWrap } = internalBinding('cares_resolver');
///     channel = new ChannelWrap(timeoutMs, tries)     -1: c-ares's default
///     req = new QueryReqWrap();
///     req.oncomplete = (err, result, ttls) => ...     err: 0 or 'ENOTFOUND', ...
///     channel.queryMx(req, 'example.org')             0 (the answer will follow)
///     channel.getHostByAddr(req, '192.0.2.1')
///     channel.setServers([[4, '127.0.0.1', 5353]])    0 or a c-ares status
///     channel.getServers()                            [['127.0.0.1', 5353]]
///     channel.cancel()                                every query: 'ECANCELLED'
///
/// **Why not the thread pool.** dns.lookup() calls getaddrinfo(), which
/// blocks, so stage 03 runs it on a worker. A DNS query is only a datagram
/// out and a datagram back: nothing in it needs a thread, only a socket to
/// watch. c-ares is a resolver written for that. It never blocks and never
/// owns a loop; instead it tells its host which sockets it wants watched,
/// and the host tells it when one is ready:
///
///     ares_query()  --> c-ares opens a UDP socket, sends the question, and
///                       calls OnSockState(fd, readable=1): we start a
///                       uv_poll_t on fd, in the loop beside every other socket
///     loop: fd readable --> OnPoll: ares_process_fd(fd) reads the answer and
///                           calls OnAnswer, the query's own callback
///     c-ares done with fd --> OnSockState(fd, 0, 0): we close its uv_poll_t
///
/// and for the questions no server answers, a uv_timer_t set to the moment
/// ares_timeout() names; when it fires, ares_process_fd(BAD, BAD) lets
/// c-ares resend to the next server, or give up with ETIMEOUT.
///
/// c-ares may call a query's callback from inside ares_query() or
/// ares_cancel() (a bad name, a cancel), that is, while JavaScript is still
/// in the call. So answers are never handed to JavaScript from the
/// callback: they wait in a list that a uv_idle_t empties on the loop's next
/// turn, parsed then into records ({ exchange, priority } ...).
///
/// The channel is weak while idle (an unused Resolver is collected with
/// its sockets) and strong while a query is in flight.
#include <ares.h>
#include <arpa/inet.h>
#include <netdb.h>
#include <uv.h>
#include <v8.h>

#include <cstring>
#include <list>
#include <map>
#include <string>
#include <vector>

#include "base_object.h"
#include "binding_registry.h"
#include "dns/records.h"
#include "node_errors.h"
#include "realm.h"
#include "req_wrap.h"
#include "support/validate.h"

namespace modules {
namespace {

using bindings::BaseObject;
using bindings::Realm;

/// c-ares's status as Node names it in err.code.
const char* AresErrorCode(int status) {
  switch (status) {
    case ARES_ENODATA:
      return "ENODATA";
    case ARES_EFORMERR:
      return "EFORMERR";
    case ARES_ESERVFAIL:
      return "ESERVFAIL";
    case ARES_ENOTFOUND:
      return "ENOTFOUND";
    case ARES_ENOTIMP:
      return "ENOTIMP";
    case ARES_EREFUSED:
      return "EREFUSED";
    case ARES_EBADQUERY:
      return "EBADQUERY";
    case ARES_EBADNAME:
      return "EBADNAME";
    case ARES_EBADFAMILY:
      return "EBADFAMILY";
    case ARES_EBADRESP:
      return "EBADRESP";
    case ARES_ECONNREFUSED:
      return "ECONNREFUSED";
    case ARES_ETIMEOUT:
      return "ETIMEOUT";
    case ARES_EOF:
      return "EOF";
    case ARES_EFILE:
      return "EFILE";
    case ARES_ENOMEM:
      return "ENOMEM";
    case ARES_EDESTRUCTION:
      return "EDESTRUCTION";
    case ARES_EBADSTR:
      return "EBADSTR";
    case ARES_EBADFLAGS:
      return "EBADFLAGS";
    case ARES_ENONAME:
      return "ENONAME";
    case ARES_EBADHINTS:
      return "EBADHINTS";
    case ARES_ENOTINITIALIZED:
      return "ENOTINITIALIZED";
    case ARES_ECANCELLED:
      return "ECANCELLED";
    default:
      return "UNKNOWN_ARES_ERROR";
  }
}

class ChannelWrap;

/// The binding's classes in one realm: the channel's (for `new`) and the
/// request objects' (to check what a query is given).
class ResolverData : public bindings::BindingData {
 public:
  static constexpr const char* kBindingName = "cares_resolver";
  explicit ResolverData(Realm& realm);
  v8::Global<v8::FunctionTemplate> channel_class;
  v8::Global<v8::FunctionTemplate> query_class;
};

/// One question in flight. Its JS object is the QueryReqWrap the script
/// made; like a ReqWrap it is strong until the answer has been delivered.
class QueryReq : public BaseObject {
 public:
  QueryReq(Realm& realm, v8::Local<v8::Object> object, ChannelWrap* channel, Kind kind,
           bool want_ttl)
      : BaseObject(realm, object), channel(channel), kind(kind), want_ttl(want_ttl) {}

  /// The realm ends: the channel, which c-ares's callbacks reach, frees it.
  void OnRealmTeardown() override { DetachFromRealm(); }

  ChannelWrap* const channel;
  const Kind kind;
  const bool want_ttl;
  int status = ARES_SUCCESS;
  std::vector<unsigned char> answer;   ///< the raw DNS message, for a query
  std::vector<std::string> hostnames;  ///< the names, for getHostByAddr
};

class ChannelWrap : public BaseObject {
 public:
  ChannelWrap(Realm& realm, v8::Local<v8::Object> object, int timeout_ms, int tries);
  ~ChannelWrap() override;

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info);
  template <Kind kKind>
  static void Query(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetHostByAddr(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetServers(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetServers(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Cancel(const v8::FunctionCallbackInfo<v8::Value>& info);

  void OnRealmTeardown() override;

 private:
  /// The uv_poll_t watching one of c-ares's sockets.
  struct SocketWatch {
    uv_poll_t poll;
    ChannelWrap* channel;
    ares_socket_t socket;
  };

  static QueryReq* StartQuery(const v8::FunctionCallbackInfo<v8::Value>& info, Kind kind,
                              ChannelWrap** channel);
  void Began();
  static void OnSockState(void* data, ares_socket_t socket, int readable, int writable);
  static void OnPoll(uv_poll_t* poll, int status, int events);
  static void OnTimer(uv_timer_t* timer);
  static void OnAnswer(void* arg, int status, int timeouts, unsigned char* answer, int length);
  static void OnHostByAddr(void* arg, int status, int timeouts, hostent* host);
  static void OnIdle(uv_idle_t* idle);
  /// A query's callback has come: queue it for delivery on the loop.
  void Finished(QueryReq* query);
  /// Sets the timer to c-ares's next deadline, or stops it.
  void UpdateTimer();
  void Deliver(QueryReq* query);
  /// Closes a handle whose memory was new'd; the close callback deletes it.
  template <typename Handle>
  static void CloseAndDelete(Handle* handle);

  ares_channel channel_ = nullptr;
  bool channel_ok_ = false;
  uv_timer_t* timer_;
  uv_idle_t* idle_;
  std::map<ares_socket_t, SocketWatch*> watches_;
  int in_flight_ = 0;           ///< queries c-ares still owns
  std::list<QueryReq*> ready_;  ///< answered, waiting for OnIdle
};

// ---- The channel and its place in the loop ----

ChannelWrap::ChannelWrap(Realm& realm, v8::Local<v8::Object> object, int timeout_ms, int tries)
    : BaseObject(realm, object), timer_(new uv_timer_t), idle_(new uv_idle_t) {
  static const int library = ares_library_init(ARES_LIB_INIT_ALL);
  (void)library;
  uv_timer_init(realm.uv_loop(), timer_);
  uv_idle_init(realm.uv_loop(), idle_);
  timer_->data = this;
  idle_->data = this;
  ares_options options{};
  // NOCHECKRESP: a SERVFAIL or REFUSED answer is an answer (ESERVFAIL),
  // not a reason to try the next server, as in Node.
  options.flags = ARES_FLAG_NOCHECKRESP;
  options.sock_state_cb = OnSockState;
  options.sock_state_cb_data = this;
  int mask = ARES_OPT_FLAGS | ARES_OPT_SOCK_STATE_CB | ARES_OPT_TRIES;
  options.tries = tries;
  if (timeout_ms >= 0) {
    options.timeout = timeout_ms;
    mask |= ARES_OPT_TIMEOUTMS;
  }
  channel_ok_ = ares_init_options(&channel_, &options, mask) == ARES_SUCCESS;
  MakeWeak();
}

ChannelWrap::~ChannelWrap() {
  // ares_destroy() ends every query still in flight with EDESTRUCTION
  // (OnAnswer frees them) and closes its sockets (OnSockState closes the
  // watches); the ones already answered are still in ready_.
  if (channel_ok_) ares_destroy(channel_);
  for (QueryReq* query : ready_) delete query;
  for (auto& [socket, watch] : watches_) CloseAndDelete(&watch->poll);
  CloseAndDelete(timer_);
  CloseAndDelete(idle_);
}

void ChannelWrap::OnRealmTeardown() {
  in_flight_ = 0;  // nothing more will be delivered
  delete this;
}

template <typename Handle>
void ChannelWrap::CloseAndDelete(Handle* handle) {
  uv_close(reinterpret_cast<uv_handle_t*>(handle), [](uv_handle_t* closed) {
    if (reinterpret_cast<uv_handle_t*>(closed)->type == UV_POLL) {
      delete reinterpret_cast<SocketWatch*>(closed);  // poll is SocketWatch's first member
    } else {
      delete reinterpret_cast<Handle*>(closed);
    }
  });
}

void ChannelWrap::OnSockState(void* data, ares_socket_t socket, int readable, int writable) {
  auto* self = static_cast<ChannelWrap*>(data);
  auto found = self->watches_.find(socket);
  if (!readable && !writable) {  // c-ares is done with this socket
    if (found != self->watches_.end()) {
      uv_poll_stop(&found->second->poll);
      CloseAndDelete(&found->second->poll);
      self->watches_.erase(found);
    }
    return;
  }
  SocketWatch* watch;
  if (found != self->watches_.end()) {
    watch = found->second;
  } else {
    watch = new SocketWatch{{}, self, socket};
    uv_poll_init_socket(self->timer_->loop, &watch->poll, socket);
    watch->poll.data = watch;
    self->watches_[socket] = watch;
  }
  uv_poll_start(&watch->poll, (readable ? UV_READABLE : 0) | (writable ? UV_WRITABLE : 0), OnPoll);
}

void ChannelWrap::OnPoll(uv_poll_t* poll, int status, int events) {
  auto* watch = static_cast<SocketWatch*>(poll->data);
  ChannelWrap* self = watch->channel;
  ares_socket_t socket = watch->socket;
  // An error on the socket: let c-ares read it, and find the error itself.
  bool readable = status < 0 || (events & UV_READABLE);
  bool writable = status < 0 || (events & UV_WRITABLE);
  ares_process_fd(self->channel_, readable ? socket : ARES_SOCKET_BAD,
                  writable ? socket : ARES_SOCKET_BAD);
  self->UpdateTimer();
}

void ChannelWrap::OnTimer(uv_timer_t* timer) {
  auto* self = static_cast<ChannelWrap*>(timer->data);
  ares_process_fd(self->channel_, ARES_SOCKET_BAD, ARES_SOCKET_BAD);  // only the clock
  self->UpdateTimer();
}

void ChannelWrap::UpdateTimer() {
  timeval next;
  if (in_flight_ > 0 && ares_timeout(channel_, nullptr, &next) != nullptr) {
    uint64_t ms = static_cast<uint64_t>(next.tv_sec) * 1000 + (next.tv_usec + 999) / 1000;
    uv_timer_start(timer_, OnTimer, ms, 0);
  } else {
    uv_timer_stop(timer_);
  }
}

// ---- Queries ----

QueryReq* ChannelWrap::StartQuery(const v8::FunctionCallbackInfo<v8::Value>& info, Kind kind,
                                  ChannelWrap** channel) {
  v8::Isolate* isolate = info.GetIsolate();
  Realm& realm = Realm::GetCurrent(info);
  *channel = Unwrap<ChannelWrap>(info.This());
  if (*channel == nullptr || !(*channel)->channel_ok_) {
    info.GetReturnValue().Set(ARES_ENOTINITIALIZED);
    return nullptr;
  }
  if (!bindings::CheckRequestObject(isolate,
                                    realm.binding_data<ResolverData>().query_class.Get(isolate),
                                    "QueryReqWrap", info[0])) {
    return nullptr;
  }
  if (!info[1]->IsString()) {
    errors::Throw(isolate, errors::InvalidArgType(isolate, "name", "be of type string", info[1]));
    return nullptr;
  }
  return new QueryReq(realm, info[0].As<v8::Object>(), *channel, kind, info[2]->IsTrue());
}

void ChannelWrap::Began() {
  if (in_flight_++ == 0) ClearWeak();  // the loop will call back into this object
  UpdateTimer();
}

template <Kind kKind>
void ChannelWrap::Query(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ChannelWrap* self;
  QueryReq* query = StartQuery(info, kKind, &self);
  if (query == nullptr) return;
  int type = RecordType(kKind);
  v8::String::Utf8Value name(info.GetIsolate(), info[1]);
  self->Began();
  ares_query(self->channel_, *name, 1 /* class IN */, type, OnAnswer, query);
  self->UpdateTimer();
  info.GetReturnValue().Set(0);
}

void ChannelWrap::GetHostByAddr(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ChannelWrap* self;
  QueryReq* query = StartQuery(info, Kind::kAddr, &self);
  if (query == nullptr) return;
  v8::String::Utf8Value ip(info.GetIsolate(), info[1]);
  unsigned char address[16];
  int family = AF_INET, length = 4;
  if (inet_pton(AF_INET, *ip, address) != 1) {
    family = AF_INET6;
    length = 16;
    if (inet_pton(AF_INET6, *ip, address) != 1) {
      delete query;
      return info.GetReturnValue().Set(UV_EINVAL);
    }
  }
  self->Began();
  ares_gethostbyaddr(self->channel_, address, length, family, OnHostByAddr, query);
  self->UpdateTimer();
  info.GetReturnValue().Set(0);
}

void ChannelWrap::OnAnswer(void* arg, int status, int, unsigned char* answer, int length) {
  auto* query = static_cast<QueryReq*>(arg);
  query->status = status;
  if (status == ARES_SUCCESS) query->answer.assign(answer, answer + length);
  query->channel->Finished(query);
}

void ChannelWrap::OnHostByAddr(void* arg, int status, int, hostent* host) {
  auto* query = static_cast<QueryReq*>(arg);
  query->status = status;
  if (status == ARES_SUCCESS) {
    // c-ares lists every PTR name in h_aliases (the first is h_name too).
    for (char** alias = host->h_aliases; *alias != nullptr; alias++) {
      query->hostnames.emplace_back(*alias);
    }
  }
  query->channel->Finished(query);
}

void ChannelWrap::Finished(QueryReq* query) {
  in_flight_--;
  if (query->status == ARES_EDESTRUCTION || realm() == nullptr) {
    delete query;
    return;
  }
  ready_.push_back(query);
  uv_idle_start(idle_, OnIdle);
}

void ChannelWrap::OnIdle(uv_idle_t* idle) {
  auto* self = static_cast<ChannelWrap*>(idle->data);
  uv_idle_stop(idle);
  std::list<QueryReq*> ready;
  ready.swap(self->ready_);
  for (QueryReq* query : ready) self->Deliver(query);
  // Nothing in flight and nothing to deliver: the GC may take the channel.
  if (self->in_flight_ == 0 && self->ready_.empty()) self->MakeWeak();
}

void ChannelWrap::Deliver(QueryReq* query) {
  Realm* realm = this->realm();
  v8::Isolate* isolate = realm->isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Value> result = v8::Undefined(isolate);
  v8::Local<v8::Value> ttls = v8::Undefined(isolate);
  int status = query->status;
  if (status == ARES_SUCCESS && query->kind == Kind::kAddr) {
    std::vector<v8::Local<v8::Value>> names;
    for (const std::string& name : query->hostnames) names.push_back(realm->Name(name));
    result = v8::Array::New(isolate, names.data(), names.size());
  } else if (status == ARES_SUCCESS) {
    status = ParseAnswer(*realm, query->kind, query->answer.data(),
                         static_cast<int>(query->answer.size()), &result, &ttls);
  }
  v8::Local<v8::Value> argv[] = {status == ARES_SUCCESS
                                     ? v8::Local<v8::Value>(v8::Integer::New(isolate, 0))
                                     : v8::Local<v8::Value>(realm->Name(AresErrorCode(status))),
                                 result, ttls};
  v8::Local<v8::Object> object = query->object();
  delete query;  // before the callback, which may reuse the request object
  realm->MakeCallback(object, realm->CallbackName(Realm::Callback::kOnComplete), 3, argv);
}

// ---- Servers, cancel, construction ----

// getServers() -> [[ip, port], ...], the servers the channel asks in turn.
void ChannelWrap::GetServers(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ChannelWrap* self = Unwrap<ChannelWrap>(info.This());
  if (self == nullptr || !self->channel_ok_) return;
  v8::Isolate* isolate = info.GetIsolate();
  Realm& realm = Realm::GetCurrent(info);
  ares_addr_port_node* servers;
  if (ares_get_servers_ports(self->channel_, &servers) != ARES_SUCCESS) return;
  std::vector<v8::Local<v8::Value>> list;
  for (ares_addr_port_node* server = servers; server != nullptr; server = server->next) {
    char ip[INET6_ADDRSTRLEN];
    ares_inet_ntop(server->family, &server->addr, ip, sizeof ip);
    v8::Local<v8::Value> pair[] = {realm.Name(ip), v8::Integer::New(isolate, server->udp_port)};
    list.push_back(v8::Array::New(isolate, pair, 2));
  }
  ares_free_data(servers);
  info.GetReturnValue().Set(v8::Array::New(isolate, list.data(), list.size()));
}

// setServers([[family, ip, port], ...]) -> 0 or a c-ares status. The JS
// side has parsed and checked the strings; a port 0 means 53.
void ChannelWrap::SetServers(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ChannelWrap* self = Unwrap<ChannelWrap>(info.This());
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (self == nullptr || !self->channel_ok_) return info.GetReturnValue().Set(ARES_ENOTINITIALIZED);
  if (!info[0]->IsArray()) {
    errors::Throw(isolate,
                  errors::InvalidArgType(isolate, "servers", "be an instance of Array", info[0]));
    return;
  }
  v8::Local<v8::Array> list = info[0].As<v8::Array>();
  std::vector<ares_addr_port_node> nodes(list->Length());
  for (uint32_t i = 0; i < list->Length(); i++) {
    v8::Local<v8::Array> entry = list->Get(context, i).ToLocalChecked().As<v8::Array>();
    int family = entry->Get(context, 0).ToLocalChecked()->Int32Value(context).FromJust();
    v8::String::Utf8Value ip(isolate, entry->Get(context, 1).ToLocalChecked());
    int port = entry->Get(context, 2).ToLocalChecked()->Int32Value(context).FromJust();
    ares_addr_port_node& node = nodes[i];
    node.family = family == 6 ? AF_INET6 : AF_INET;
    if (ares_inet_pton(node.family, *ip, &node.addr) != 1) {
      return info.GetReturnValue().Set(ARES_EBADSTR);
    }
    node.udp_port = node.tcp_port = port;
    node.next = i + 1 < nodes.size() ? &nodes[i + 1] : nullptr;
  }
  info.GetReturnValue().Set(
      ares_set_servers_ports(self->channel_, nodes.empty() ? nullptr : nodes.data()));
}

// cancel(): every query in flight ends with ECANCELLED (delivered, as
// always, on the loop's next turn).
void ChannelWrap::Cancel(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ChannelWrap* self = Unwrap<ChannelWrap>(info.This());
  if (self != nullptr && self->channel_ok_) ares_cancel(self->channel_);
}

void ChannelWrap::New(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info.IsConstructCall()) {
    errors::Throw(isolate, errors::ConstructCallRequired(isolate, "ChannelWrap"));
    return;
  }
  int64_t timeout, tries;
  if (!pool::ValidateInteger(isolate, info[0], "timeout", -1, INT32_MAX, &timeout) ||
      !pool::ValidateInteger(isolate, info[1], "tries", 1, INT32_MAX, &tries)) {
    return;
  }
  new ChannelWrap(Realm::GetCurrent(info), info.This(), static_cast<int>(timeout),
                  static_cast<int>(tries));
}

ResolverData::ResolverData(Realm& realm) {
  v8::Isolate* isolate = realm.isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::FunctionTemplate> klass = realm.NewClass("ChannelWrap", ChannelWrap::New);
  realm.SetProtoMethod(klass, "queryAny", ChannelWrap::Query<Kind::kAny>, 2);
  realm.SetProtoMethod(klass, "queryA", ChannelWrap::Query<Kind::kA>, 3);
  realm.SetProtoMethod(klass, "queryAaaa", ChannelWrap::Query<Kind::kAaaa>, 3);
  realm.SetProtoMethod(klass, "queryCaa", ChannelWrap::Query<Kind::kCaa>, 2);
  realm.SetProtoMethod(klass, "queryCname", ChannelWrap::Query<Kind::kCname>, 2);
  realm.SetProtoMethod(klass, "queryMx", ChannelWrap::Query<Kind::kMx>, 2);
  realm.SetProtoMethod(klass, "queryNs", ChannelWrap::Query<Kind::kNs>, 2);
  realm.SetProtoMethod(klass, "queryTxt", ChannelWrap::Query<Kind::kTxt>, 2);
  realm.SetProtoMethod(klass, "querySrv", ChannelWrap::Query<Kind::kSrv>, 2);
  realm.SetProtoMethod(klass, "queryPtr", ChannelWrap::Query<Kind::kPtr>, 2);
  realm.SetProtoMethod(klass, "queryNaptr", ChannelWrap::Query<Kind::kNaptr>, 2);
  realm.SetProtoMethod(klass, "querySoa", ChannelWrap::Query<Kind::kSoa>, 2);
  realm.SetProtoMethod(klass, "getHostByAddr", ChannelWrap::GetHostByAddr, 2);
  realm.SetProtoMethod(klass, "getServers", ChannelWrap::GetServers);
  realm.SetProtoMethod(klass, "setServers", ChannelWrap::SetServers, 1);
  realm.SetProtoMethod(klass, "cancel", ChannelWrap::Cancel);
  channel_class.Reset(isolate, klass);
  query_class.Reset(isolate, bindings::NewRequestClass(realm, "QueryReqWrap"));
}

void InitializeCaresResolver(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Isolate* isolate = realm.isolate();
  v8::Local<v8::Context> context = realm.context();
  ResolverData& data = realm.binding_data<ResolverData>();
  exports
      ->CreateDataProperty(context, realm.Name("ChannelWrap"),
                           data.channel_class.Get(isolate)->GetFunction(context).ToLocalChecked())
      .Check();
  exports
      ->CreateDataProperty(context, realm.Name("QueryReqWrap"),
                           data.query_class.Get(isolate)->GetFunction(context).ToLocalChecked())
      .Check();
  realm.SetMethod(exports, "strerror", [](const v8::FunctionCallbackInfo<v8::Value>& info) {
    int code = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    info.GetReturnValue().Set(
        v8::String::NewFromUtf8(info.GetIsolate(), ares_strerror(code)).ToLocalChecked());
  });
}

}  // namespace
}  // namespace modules

namespace bindings {
BINDING_REGISTER(cares_resolver, modules::InitializeCaresResolver);
}  // namespace bindings
