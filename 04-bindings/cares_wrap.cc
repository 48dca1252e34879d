/// \file
/// The `cares_wrap` binding, its name-lookup half: getaddrinfo and
/// getnameinfo as request wraps, in the shape of Node's (src/cares_wrap.cc),
/// under which lib/dns.js builds dns.lookup() and dns.lookupService().
///
/// The binding is named after c-ares, the library Node's dns.resolve*()
/// speak the DNS protocol with. dns.lookup() does not use it: it asks the C
/// library's getaddrinfo(), which reads /etc/hosts and nsswitch.conf, so that
/// it answers what every other program on the machine would. getaddrinfo()
/// blocks and has no asynchronous form, so libuv runs it on a worker of its
/// pool (uv_getaddrinfo), and calls back on the loop:
///
///     const req = new GetAddrInfoReqWrap();
///     req.oncomplete = (err, addresses) => ...;   err: 0 or a uv error number
///     const err = getaddrinfo(req, 'localhost', 0, AI_ADDRCONFIG, DNS_ORDER_VERBATIM);
///         err < 0: refused at once, no oncomplete; 0: oncomplete will follow
///
///     getnameinfo(req, '127.0.0.1', 22)  ->  req.oncomplete(err, 'localhost', 'ssh')
///
/// As in Node, the error is a *number* (UV_EAI_NONAME is -3008): lib/dns.js
/// makes the Error ("getaddrinfo ENOTFOUND host"), because only it knows the
/// hostname as the caller wrote it. `family` is 0 (any), 4 or 6; `hints` are
/// getaddrinfo()'s AI_* flags; `order` puts IPv4 or IPv6 addresses first, or
/// keeps the resolver's order (Node 20's dns.setDefaultResultOrder()).
///
/// A lookup no handle owns: if the program ends while one runs, it is
/// cancelled or waited for (ReqWrap::CancelAndWait). Node's resolver half
/// (ChannelWrap, QueryReqWrap over c-ares) is not here.
#include <netdb.h>
#include <sys/socket.h>
#include <uv.h>
#include <v8.h>

#include <string>
#include <vector>

#include "binding_registry.h"
#include "node_errors.h"
#include "realm.h"
#include "req_wrap.h"
#include "support/uv_errors.h"
#include "support/validate.h"

namespace bindings {
namespace {

/// Node's DNS_ORDER_* values: how getaddrinfo's answers are ordered.
enum DnsOrder { kOrderVerbatim = 0, kOrderIpv4First = 1, kOrderIpv6First = 2 };

class CaresData : public BindingData {
 public:
  static constexpr const char* kBindingName = "cares_wrap";
  explicit CaresData(Realm& realm) {
    v8::HandleScope handle_scope(realm.isolate());
    addr_info_class.Reset(realm.isolate(), NewRequestClass(realm, "GetAddrInfoReqWrap"));
    name_info_class.Reset(realm.isolate(), NewRequestClass(realm, "GetNameInfoReqWrap"));
  }
  v8::Global<v8::FunctionTemplate> addr_info_class;
  v8::Global<v8::FunctionTemplate> name_info_class;
};

/// One getaddrinfo() on the pool.
class GetAddrInfoReq : public ReqWrap<uv_getaddrinfo_t> {
 public:
  GetAddrInfoReq(Realm& realm, v8::Local<v8::Object> object, int order)
      : ReqWrap(realm, object), order_(order) {}

  static void AfterGetAddrInfo(uv_getaddrinfo_t* request, int status, addrinfo* result) {
    GetAddrInfoReq* wrap = From<GetAddrInfoReq>(request);
    wrap->MarkFinished();
    if (wrap->realm() == nullptr) {  // the program is ending: nobody to tell
      uv_freeaddrinfo(result);
      delete wrap;
      return;
    }
    v8::Isolate* isolate = wrap->isolate();
    v8::HandleScope handle_scope(isolate);
    v8::Local<v8::Value> addresses = v8::Null(isolate);
    if (status == 0) {
      std::vector<v8::Local<v8::Value>> list;
      wrap->Collect(result, &list);
      uv_freeaddrinfo(result);
      if (list.empty()) {
        status = UV_EAI_NODATA;  // names, but no address of a wanted family
      } else {
        addresses = v8::Array::New(isolate, list.data(), list.size());
      }
    }
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status), addresses};
    wrap->Complete(2, argv);
  }

  void OnRealmTeardown() override { CancelAndWait(reinterpret_cast<uv_req_t*>(request())); }

 private:
  /// The IPv4 and IPv6 addresses of `result` as strings, in the asked order.
  void Collect(const addrinfo* result, std::vector<v8::Local<v8::Value>>* list) {
    auto add_family = [&](int family) {
      for (const addrinfo* entry = result; entry != nullptr; entry = entry->ai_next) {
        if (entry->ai_family != AF_INET && entry->ai_family != AF_INET6) continue;
        if (family != AF_UNSPEC && entry->ai_family != family) continue;
        char text[INET6_ADDRSTRLEN];
        const void* address = entry->ai_family == AF_INET
                                  ? static_cast<const void*>(
                                        &reinterpret_cast<sockaddr_in*>(entry->ai_addr)->sin_addr)
                                  : &reinterpret_cast<sockaddr_in6*>(entry->ai_addr)->sin6_addr;
        if (uv_inet_ntop(entry->ai_family, address, text, sizeof text) != 0) continue;
        list->push_back(v8::String::NewFromUtf8(isolate(), text).ToLocalChecked());
      }
    };
    switch (order_) {
      case kOrderIpv4First:
        add_family(AF_INET);
        add_family(AF_INET6);
        break;
      case kOrderIpv6First:
        add_family(AF_INET6);
        add_family(AF_INET);
        break;
      default:
        add_family(AF_UNSPEC);
    }
  }

  const int order_;
};

/// One getnameinfo() on the pool.
class GetNameInfoReq : public ReqWrap<uv_getnameinfo_t> {
 public:
  using ReqWrap::ReqWrap;

  static void AfterGetNameInfo(uv_getnameinfo_t* request, int status, const char* hostname,
                               const char* service) {
    GetNameInfoReq* wrap = From<GetNameInfoReq>(request);
    wrap->MarkFinished();
    if (wrap->realm() == nullptr) {
      delete wrap;
      return;
    }
    v8::Isolate* isolate = wrap->isolate();
    v8::HandleScope handle_scope(isolate);
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status), v8::Null(isolate),
                                   v8::Null(isolate)};
    if (status == 0) {
      argv[1] = v8::String::NewFromUtf8(isolate, hostname).ToLocalChecked();
      argv[2] = v8::String::NewFromUtf8(isolate, service).ToLocalChecked();
    }
    wrap->Complete(3, argv);
  }

  void OnRealmTeardown() override { CancelAndWait(reinterpret_cast<uv_req_t*>(request())); }
};

bool ValidateLookupRequest(const v8::FunctionCallbackInfo<v8::Value>& info,
                           v8::Global<v8::FunctionTemplate> CaresData::*klass, const char* name) {
  v8::Isolate* isolate = info.GetIsolate();
  CaresData& data = Realm::GetCurrent(info).binding_data<CaresData>();
  return CheckRequestObject(isolate, (data.*klass).Get(isolate), name, info[0]);
}

// getaddrinfo(req, hostname, family, hints, order) -> 0 or a uv error
void GetAddrInfo(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string hostname;
  int64_t family, hints, order;
  if (!ValidateLookupRequest(info, &CaresData::addr_info_class, "GetAddrInfoReqWrap") ||
      !pool::ValidateString(isolate, info[1], "hostname", &hostname) ||
      !pool::ValidateInteger(isolate, info[2], "family", 0, 6, &family) ||
      !pool::ValidateInteger(isolate, info[3], "hints", 0, INT32_MAX, &hints)) {
    return;
  }
  if (family != 0 && family != 4 && family != 6) {
    errors::Throw(isolate,
                  errors::InvalidArgValue(isolate, "family", "must be one of: 0, 4, 6", info[2]));
    return;
  }
  if (info[4]->IsBoolean()) {  // Node before 20 passed `verbatim`
    order = info[4]->IsTrue() ? kOrderVerbatim : kOrderIpv4First;
  } else if (!pool::ValidateInteger(isolate, info[4], "order", kOrderVerbatim, kOrderIpv6First,
                                    &order)) {
    return;
  }
  addrinfo hints_struct{};
  hints_struct.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
  hints_struct.ai_socktype = SOCK_STREAM;  // one answer per address, not one per socket type
  hints_struct.ai_flags = static_cast<int>(hints);
  Realm& realm = Realm::GetCurrent(info);
  auto* wrap = new GetAddrInfoReq(realm, info[0].As<v8::Object>(), static_cast<int>(order));
  int err = wrap->Dispatched(uv_getaddrinfo(realm.uv_loop(), wrap->request(),
                                            GetAddrInfoReq::AfterGetAddrInfo, hostname.c_str(),
                                            nullptr, &hints_struct));
  info.GetReturnValue().Set(err);
}

// getnameinfo(req, ip, port) -> 0 or a uv error
void GetNameInfo(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string ip;
  int port;
  if (!ValidateLookupRequest(info, &CaresData::name_info_class, "GetNameInfoReqWrap") ||
      !pool::ValidateString(isolate, info[1], "host", &ip) ||
      !pool::ValidatePort(isolate, info[2], &port)) {
    return;
  }
  sockaddr_storage address{};
  if (uv_ip4_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in*>(&address)) != 0 &&
      uv_ip6_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in6*>(&address)) != 0) {
    errors::Throw(isolate,
                  errors::InvalidArgValue(isolate, "host", "must be an IP address", info[1]));
    return;
  }
  Realm& realm = Realm::GetCurrent(info);
  auto* wrap = new GetNameInfoReq(realm, info[0].As<v8::Object>());
  int err = wrap->Dispatched(uv_getnameinfo(realm.uv_loop(), wrap->request(),
                                            GetNameInfoReq::AfterGetNameInfo,
                                            reinterpret_cast<sockaddr*>(&address), NI_NAMEREQD));
  info.GetReturnValue().Set(err);
}

void InitializeCaresWrap(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Isolate* isolate = realm.isolate();
  v8::Local<v8::Context> context = realm.context();
  CaresData& data = realm.binding_data<CaresData>();
  auto set = [&](const char* name, v8::Local<v8::Value> value) {
    exports->CreateDataProperty(context, realm.Name(name), value).Check();
  };
  set("GetAddrInfoReqWrap",
      data.addr_info_class.Get(isolate)->GetFunction(context).ToLocalChecked());
  set("GetNameInfoReqWrap",
      data.name_info_class.Get(isolate)->GetFunction(context).ToLocalChecked());
  realm.SetMethod(exports, "getaddrinfo", GetAddrInfo);
  realm.SetMethod(exports, "getnameinfo", GetNameInfo);
  const std::pair<const char*, int> kConstants[] = {
      {"AF_INET", AF_INET},
      {"AF_INET6", AF_INET6},
      {"AF_UNSPEC", AF_UNSPEC},
      {"AI_ADDRCONFIG", AI_ADDRCONFIG},
      {"AI_ALL", AI_ALL},
      {"AI_V4MAPPED", AI_V4MAPPED},
      {"DNS_ORDER_VERBATIM", kOrderVerbatim},
      {"DNS_ORDER_IPV4_FIRST", kOrderIpv4First},
      {"DNS_ORDER_IPV6_FIRST", kOrderIpv6First},
  };
  for (const auto& [name, value] : kConstants) set(name, v8::Integer::New(isolate, value));
}

}  // namespace

BINDING_REGISTER(cares_wrap, InitializeCaresWrap);

}  // namespace bindings
