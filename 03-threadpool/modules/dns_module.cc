#include "modules/dns_module.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <sys/socket.h>
#include <uv.h>

#include <algorithm>
#include <vector>

#include "engine.h"
#include "node_errors.h"
#include "support/uv_errors.h"
#include "support/validate.h"

namespace pool {
namespace {

/// Node's result orders: as getaddrinfo() gave them (the default since
/// Node 17), or one family first.
enum class Order { kVerbatim, kIpv4First, kIpv6First };

/// getaddrinfo()'s EAI_* errors as libuv's UV_EAI_* numbers, which are what
/// Node reports as `errno` (libuv's uv__getaddrinfo_translate_error).
int TranslateError(int eai) {
  switch (eai) {
    case EAI_ADDRFAMILY:
      return UV_EAI_ADDRFAMILY;
    case EAI_AGAIN:
      return UV_EAI_AGAIN;
    case EAI_BADFLAGS:
      return UV_EAI_BADFLAGS;
    case EAI_FAIL:
      return UV_EAI_FAIL;
    case EAI_FAMILY:
      return UV_EAI_FAMILY;
    case EAI_MEMORY:
      return UV_EAI_MEMORY;
    case EAI_NODATA:
      return UV_EAI_NODATA;
    case EAI_NONAME:
      return UV_EAI_NONAME;
    case EAI_OVERFLOW:
      return UV_EAI_OVERFLOW;
    case EAI_SERVICE:
      return UV_EAI_SERVICE;
    case EAI_SOCKTYPE:
      return UV_EAI_SOCKTYPE;
    case EAI_SYSTEM:
      return -errno;
    default:
      return UV_EAI_FAIL;
  }
}

/// 4 or 6 when `text` is an IPv4 or IPv6 address, else 0 (Node's isIP).
int IpFamily(const std::string& text) {
  unsigned char address[sizeof(struct in6_addr)];
  if (inet_pton(AF_INET, text.c_str(), address) == 1) return 4;
  if (inet_pton(AF_INET6, text.c_str(), address) == 1) return 6;
  return 0;
}

struct Address {
  std::string text;
  int family;  ///< 4 or 6
};

class LookupJob : public Job {
 public:
  LookupJob(std::string hostname, int family, int hints, bool all, Order order)
      : hostname_(std::move(hostname)), family_(family), hints_(hints), all_(all), order_(order) {
    // No name, or already an address: the answer is known without asking.
    int literal = IpFamily(hostname_);
    if (hostname_.empty()) {
      needs_lookup_ = false;
    } else if (literal != 0) {
      needs_lookup_ = false;
      addresses_.push_back({hostname_, literal});
    }
  }

  bool NeedsPool() const override { return needs_lookup_; }
  std::string Describe() const override {
    return (needs_lookup_ ? "getaddrinfo '" : "lookup of an address '") + hostname_ + "'";
  }

  void Run() override {
    if (!needs_lookup_) return;
    // libuv refuses names longer than 255 bytes (its IDNA buffer) with EINVAL.
    if (hostname_.size() > 255) {
      error_ = UV_EINVAL;
      return;
    }
    struct addrinfo hints = {};
    hints.ai_family = family_ == 4 ? AF_INET : family_ == 6 ? AF_INET6 : AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;  // one entry per address, as Node asks
    hints.ai_flags = hints_;
    struct addrinfo* results = nullptr;
    int status = getaddrinfo(hostname_.c_str(), nullptr, &hints, &results);
    if (status != 0) {
      error_ = TranslateError(status);
      return;
    }
    for (struct addrinfo* entry = results; entry != nullptr; entry = entry->ai_next) {
      char text[INET6_ADDRSTRLEN];
      if (entry->ai_family == AF_INET) {
        auto* address = reinterpret_cast<struct sockaddr_in*>(entry->ai_addr);
        inet_ntop(AF_INET, &address->sin_addr, text, sizeof text);
        addresses_.push_back({text, 4});
      } else if (entry->ai_family == AF_INET6) {
        auto* address = reinterpret_cast<struct sockaddr_in6*>(entry->ai_addr);
        inet_ntop(AF_INET6, &address->sin6_addr, text, sizeof text);
        addresses_.push_back({text, 6});
      }
    }
    freeaddrinfo(results);
    if (order_ != Order::kVerbatim) {
      int first = order_ == Order::kIpv4First ? 4 : 6;
      std::stable_sort(addresses_.begin(), addresses_.end(),
                       [first](const Address& a, const Address& b) {
                         return a.family == first && b.family != first;
                       });
    }
    if (addresses_.empty()) error_ = UV_EAI_NODATA;
  }

  Outcome Finish(v8::Local<v8::Context> context) override {
    v8::Isolate* isolate = context->GetIsolate();
    if (error_ != 0)
      return Outcome::Failure(errors::DnsException(isolate, error_, "getaddrinfo", hostname_));
    auto text = [isolate](const std::string& s) { return engine::ToV8String(isolate, s); };
    if (all_) {
      std::vector<v8::Local<v8::Value>> list;
      for (const Address& address : addresses_) {
        v8::Local<v8::Object> entry = v8::Object::New(isolate);
        entry->CreateDataProperty(context, text("address"), text(address.text)).Check();
        entry
            ->CreateDataProperty(context, text("family"), v8::Integer::New(isolate, address.family))
            .Check();
        list.push_back(entry);
      }
      return Outcome::Success(v8::Array::New(isolate, list.data(), list.size()));
    }
    // (err, address, family), or { address, family } for the promise.
    v8::Local<v8::Value> address = v8::Null(isolate);
    int family = family_ == 6 ? 6 : 4;
    if (!addresses_.empty()) {
      address = text(addresses_[0].text);
      family = addresses_[0].family;
    }
    Outcome outcome;
    outcome.values = {address, v8::Integer::New(isolate, family)};
    v8::Local<v8::Object> result = v8::Object::New(isolate);
    result->CreateDataProperty(context, text("address"), address).Check();
    result->CreateDataProperty(context, text("family"), v8::Integer::New(isolate, family)).Check();
    outcome.promise_value = result;
    return outcome;
  }

 private:
  std::string hostname_;
  int family_;  ///< 0 (any), 4 or 6
  int hints_;
  bool all_;
  Order order_;
  bool needs_lookup_ = true;
  int error_ = 0;  ///< a UV_EAI_* error
  std::vector<Address> addresses_;
};

bool IsOneOf(v8::Local<v8::Value> value, std::initializer_list<int> choices) {
  if (!value->IsNumber()) return false;
  double number = value.As<v8::Number>()->Value();
  return std::any_of(choices.begin(), choices.end(), [number](int c) { return c == number; });
}

// dns.lookup(hostname[, options], callback); options: a family (0, 4, 6) or
// { family, all, hints, order, verbatim }
std::unique_ptr<Job> MakeLookup(PoolCall& call) {
  v8::Local<v8::Context> context = call.context();
  v8::Isolate* isolate = call.isolate();
  std::string hostname;
  if (call[0]->BooleanValue(isolate) && !ValidateString(isolate, call[0], "hostname", &hostname)) {
    return nullptr;
  }
  int family = 0, hints = 0;
  bool all = false;
  Order order = Order::kVerbatim;
  if (!call.TakeCallback(1, 2, "callback")) return nullptr;
  v8::Local<v8::Value> options = call[1];  // undefined when it was the callback
  if (options->IsNumber()) {
    if (!IsOneOf(options, {0, 4, 6})) {
      errors::Throw(isolate,
                    errors::InvalidArgValue(isolate, "family", "must be one of: 0, 4, 6", options));
      return nullptr;
    }
    family = static_cast<int>(options.As<v8::Number>()->Value());
  } else if (!options->IsUndefined() && !options->IsObject()) {
    errors::Throw(isolate, errors::InvalidArgType(isolate, "options",
                                                  "be of type object or integer", options));
    return nullptr;
  } else if (options->IsObject()) {
    v8::Local<v8::Object> object = options.As<v8::Object>();
    auto get = [&](const char* name, v8::Local<v8::Value>* out) {
      return object->Get(context, engine::ToV8String(isolate, name)).ToLocal(out);
    };
    v8::Local<v8::Value> value;
    if (!get("hints", &value)) return nullptr;
    if (!value->IsNullOrUndefined()) {
      if (!value->IsNumber()) {
        errors::Throw(isolate,
                      errors::InvalidArgType(isolate, "options.hints", "be of type number", value));
        return nullptr;
      }
      hints = static_cast<int>(value->Uint32Value(context).FromMaybe(0));
    }
    if (!get("family", &value)) return nullptr;
    if (!value->IsNullOrUndefined()) {
      std::string name = value->IsString() ? engine::ToUtf8(isolate, value) : "";
      if (name == "IPv4" || name == "IPv6") {
        family = name == "IPv4" ? 4 : 6;
      } else if (!IsOneOf(value, {0, 4, 6})) {
        errors::Throw(isolate, errors::InvalidArgValue(isolate, "options.family",
                                                       "must be one of: 0, 4, 6", value));
        return nullptr;
      } else {
        family = static_cast<int>(value.As<v8::Number>()->Value());
      }
    }
    if (!get("all", &value)) return nullptr;
    if (!value->IsNullOrUndefined() && !ValidateBoolean(isolate, value, "options.all", &all)) {
      return nullptr;
    }
    if (!get("verbatim", &value)) return nullptr;
    if (!value->IsNullOrUndefined()) {
      bool verbatim;
      if (!ValidateBoolean(isolate, value, "options.verbatim", &verbatim)) return nullptr;
      order = verbatim ? Order::kVerbatim : Order::kIpv4First;
    }
    if (!get("order", &value)) return nullptr;
    if (!value->IsNullOrUndefined()) {
      std::string name = value->IsString() ? engine::ToUtf8(isolate, value) : "";
      if (name == "verbatim") {
        order = Order::kVerbatim;
      } else if (name == "ipv4first") {
        order = Order::kIpv4First;
      } else if (name == "ipv6first") {
        order = Order::kIpv6First;
      } else {
        errors::Throw(isolate, errors::InvalidArgValue(
                                   isolate, "options.order",
                                   "must be one of: 'verbatim', 'ipv4first', 'ipv6first'", value));
        return nullptr;
      }
    }
  }
  return std::make_unique<LookupJob>(std::move(hostname), family, hints, all, order);
}

}  // namespace

v8::Local<v8::Object> DnsModule::CreateExports(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> dns = v8::Object::New(isolate);
  v8::Local<v8::Object> promises = v8::Object::New(isolate);
  SetPoolMethod(context, dns, "lookup", Form::kCallback, MakeLookup);
  SetPoolMethod(context, promises, "lookup", Form::kPromise, MakeLookup);
  // getaddrinfo()'s hint flags, for options.hints.
  const std::pair<const char*, int> kHints[] = {
      {"ADDRCONFIG", AI_ADDRCONFIG}, {"V4MAPPED", AI_V4MAPPED}, {"ALL", AI_ALL}};
  for (const auto& [name, value] : kHints) {
    dns->CreateDataProperty(context, engine::ToV8String(isolate, name),
                            v8::Integer::New(isolate, value))
        .Check();
  }
  dns->CreateDataProperty(context, engine::ToV8String(isolate, "promises"), promises).Check();
  return dns;
}

}  // namespace pool
