/// \file
/// DNS answers as JavaScript records (records.h): one small function per
/// record type over c-ares's parsers, and ANY as all of them in turn.
#include "dns/records.h"

#include <ares.h>
#include <netdb.h>

#include <string>
#include <vector>

namespace modules {
namespace {

using bindings::Realm;

/// Builds the plain objects of the results, in Node's property order.
class Builder {
 public:
  explicit Builder(Realm& realm)
      : realm_(realm), isolate_(realm.isolate()), context_(realm.context()) {}

  v8::Local<v8::String> Str(const char* text) {
    return v8::String::NewFromUtf8(isolate_, text != nullptr ? text : "").ToLocalChecked();
  }
  v8::Local<v8::String> Str(const unsigned char* text, size_t length) {
    return v8::String::NewFromUtf8(isolate_, reinterpret_cast<const char*>(text),
                                   v8::NewStringType::kNormal, static_cast<int>(length))
        .ToLocalChecked();
  }
  v8::Local<v8::Number> Num(double value) { return v8::Number::New(isolate_, value); }
  void Set(v8::Local<v8::Object> object, const char* key, v8::Local<v8::Value> value) {
    object->CreateDataProperty(context_, realm_.Name(key), value).Check();
  }
  void Push(v8::Local<v8::Array> array, v8::Local<v8::Value> value) {
    array->Set(context_, array->Length(), value).Check();
  }
  v8::Local<v8::Object> Obj() { return v8::Object::New(isolate_); }
  v8::Local<v8::Array> Arr() { return v8::Array::New(isolate_); }
  /// For ANY: `object` with its `type` last, or `object` alone.
  v8::Local<v8::Object> Typed(v8::Local<v8::Object> object, const char* type) {
    if (type != nullptr) Set(object, "type", Str(type));
    return object;
  }

 private:
  Realm& realm_;
  v8::Isolate* isolate_;
  v8::Local<v8::Context> context_;
};

/// c-ares fills at most this many address-and-TTL pairs; Node asks the same.
constexpr int kMaxAddresses = 256;

/// A or AAAA: the addresses, and their TTLs (seconds) in a parallel array;
/// for ANY (`type` set), objects { address, ttl, type } instead.
int ParseAddresses(Builder& b, bool ipv6, const unsigned char* answer, int length,
                   v8::Local<v8::Array> out, v8::Local<v8::Array> ttls, const char* type) {
  char text[INET6_ADDRSTRLEN];
  int count = kMaxAddresses;
  std::vector<int> ttl_values;
  std::vector<std::string> addresses;
  if (ipv6) {
    ares_addr6ttl entries[kMaxAddresses];
    int status = ares_parse_aaaa_reply(answer, length, nullptr, entries, &count);
    if (status != ARES_SUCCESS) return status;
    for (int i = 0; i < count; i++) {
      ares_inet_ntop(AF_INET6, &entries[i].ip6addr, text, sizeof text);
      addresses.emplace_back(text);
      ttl_values.push_back(entries[i].ttl);
    }
  } else {
    ares_addrttl entries[kMaxAddresses];
    int status = ares_parse_a_reply(answer, length, nullptr, entries, &count);
    if (status != ARES_SUCCESS) return status;
    for (int i = 0; i < count; i++) {
      ares_inet_ntop(AF_INET, &entries[i].ipaddr, text, sizeof text);
      addresses.emplace_back(text);
      ttl_values.push_back(entries[i].ttl);
    }
  }
  for (size_t i = 0; i < addresses.size(); i++) {
    if (type != nullptr) {
      v8::Local<v8::Object> record = b.Obj();
      b.Set(record, "address", b.Str(addresses[i].c_str()));
      b.Set(record, "ttl", b.Num(ttl_values[i]));
      b.Push(out, b.Typed(record, type));
    } else {
      b.Push(out, b.Str(addresses[i].c_str()));
      b.Push(ttls, b.Num(ttl_values[i]));
    }
  }
  return ARES_SUCCESS;
}

/// The names of a hostent's aliases: what NS and PTR answers decode to.
void PushNames(Builder& b, hostent* host, v8::Local<v8::Array> out, const char* type) {
  for (char** alias = host->h_aliases; *alias != nullptr; alias++) {
    if (type != nullptr) {
      v8::Local<v8::Object> record = b.Obj();
      b.Set(record, "value", b.Str(*alias));
      b.Push(out, b.Typed(record, type));
    } else {
      b.Push(out, b.Str(*alias));
    }
  }
  ares_free_hostent(host);
}

int ParseNs(Builder& b, const unsigned char* answer, int length, v8::Local<v8::Array> out,
            const char* type) {
  hostent* host;
  int status = ares_parse_ns_reply(answer, length, &host);
  if (status == ARES_SUCCESS) PushNames(b, host, out, type);
  return status;
}

int ParsePtr(Builder& b, const unsigned char* answer, int length, v8::Local<v8::Array> out,
             const char* type) {
  hostent* host;
  int status = ares_parse_ptr_reply(answer, length, nullptr, 0, AF_INET, &host);
  if (status == ARES_SUCCESS) PushNames(b, host, out, type);
  return status;
}

int ParseCname(Builder& b, const unsigned char* answer, int length, v8::Local<v8::Array> out) {
  hostent* host;
  int status = ares_parse_a_reply(answer, length, &host, nullptr, nullptr);
  if (status != ARES_SUCCESS) return status;
  b.Push(out, b.Str(host->h_name));  // the canonical name the alias points to
  ares_free_hostent(host);
  return ARES_SUCCESS;
}

int ParseMx(Builder& b, const unsigned char* answer, int length, v8::Local<v8::Array> out,
            const char* type) {
  ares_mx_reply* first;
  int status = ares_parse_mx_reply(answer, length, &first);
  if (status != ARES_SUCCESS) return status;
  for (ares_mx_reply* mx = first; mx != nullptr; mx = mx->next) {
    v8::Local<v8::Object> record = b.Obj();
    b.Set(record, "exchange", b.Str(mx->host));
    b.Set(record, "priority", b.Num(mx->priority));
    b.Push(out, b.Typed(record, type));
  }
  ares_free_data(first);
  return ARES_SUCCESS;
}

/// TXT: a record is a list of strings of up to 255 bytes each; c-ares gives
/// them one by one, marking where a record starts.
int ParseTxt(Builder& b, const unsigned char* answer, int length, v8::Local<v8::Array> out,
             const char* type) {
  ares_txt_ext* first;
  int status = ares_parse_txt_reply_ext(answer, length, &first);
  if (status != ARES_SUCCESS) return status;
  v8::Local<v8::Array> chunks;
  auto flush = [&]() {
    if (chunks.IsEmpty()) return;
    if (type != nullptr) {
      v8::Local<v8::Object> record = b.Obj();
      b.Set(record, "entries", chunks);
      b.Push(out, b.Typed(record, type));
    } else {
      b.Push(out, chunks);
    }
  };
  for (ares_txt_ext* txt = first; txt != nullptr; txt = txt->next) {
    if (txt->record_start || chunks.IsEmpty()) {
      flush();
      chunks = b.Arr();
    }
    b.Push(chunks, b.Str(txt->txt, txt->length));
  }
  flush();
  ares_free_data(first);
  return ARES_SUCCESS;
}

int ParseSrv(Builder& b, const unsigned char* answer, int length, v8::Local<v8::Array> out,
             const char* type) {
  ares_srv_reply* first;
  int status = ares_parse_srv_reply(answer, length, &first);
  if (status != ARES_SUCCESS) return status;
  for (ares_srv_reply* srv = first; srv != nullptr; srv = srv->next) {
    v8::Local<v8::Object> record = b.Obj();
    b.Set(record, "name", b.Str(srv->host));
    b.Set(record, "port", b.Num(srv->port));
    b.Set(record, "priority", b.Num(srv->priority));
    b.Set(record, "weight", b.Num(srv->weight));
    b.Push(out, b.Typed(record, type));
  }
  ares_free_data(first);
  return ARES_SUCCESS;
}

int ParseNaptr(Builder& b, const unsigned char* answer, int length, v8::Local<v8::Array> out,
               const char* type) {
  ares_naptr_reply* first;
  int status = ares_parse_naptr_reply(answer, length, &first);
  if (status != ARES_SUCCESS) return status;
  for (ares_naptr_reply* naptr = first; naptr != nullptr; naptr = naptr->next) {
    v8::Local<v8::Object> record = b.Obj();
    b.Set(record, "flags", b.Str(reinterpret_cast<const char*>(naptr->flags)));
    b.Set(record, "service", b.Str(reinterpret_cast<const char*>(naptr->service)));
    b.Set(record, "regexp", b.Str(reinterpret_cast<const char*>(naptr->regexp)));
    b.Set(record, "replacement", b.Str(naptr->replacement));
    b.Set(record, "order", b.Num(naptr->order));
    b.Set(record, "preference", b.Num(naptr->preference));
    b.Push(out, b.Typed(record, type));
  }
  ares_free_data(first);
  return ARES_SUCCESS;
}

int ParseSoa(Builder& b, const unsigned char* answer, int length, v8::Local<v8::Object>* out,
             const char* type) {
  ares_soa_reply* soa;
  int status = ares_parse_soa_reply(answer, length, &soa);
  if (status != ARES_SUCCESS) return status;
  v8::Local<v8::Object> record = b.Obj();
  b.Set(record, "nsname", b.Str(soa->nsname));
  b.Set(record, "hostmaster", b.Str(soa->hostmaster));
  b.Set(record, "serial", b.Num(soa->serial));
  b.Set(record, "refresh", b.Num(soa->refresh));
  b.Set(record, "retry", b.Num(soa->retry));
  b.Set(record, "expire", b.Num(soa->expire));
  b.Set(record, "minttl", b.Num(soa->minttl));
  *out = b.Typed(record, type);
  ares_free_data(soa);
  return ARES_SUCCESS;
}

/// CAA: { critical, [tag]: value }, the tag ('issue', 'iodef') as the key.
int ParseCaa(Builder& b, const unsigned char* answer, int length, v8::Local<v8::Array> out,
             const char* type) {
  ares_caa_reply* first;
  int status = ares_parse_caa_reply(answer, length, &first);
  if (status != ARES_SUCCESS) return status;
  for (ares_caa_reply* caa = first; caa != nullptr; caa = caa->next) {
    v8::Local<v8::Object> record = b.Obj();
    b.Set(record, "critical", b.Num(caa->critical));
    std::string tag(reinterpret_cast<const char*>(caa->property), caa->plength);
    b.Set(record, tag.c_str(), b.Str(caa->value, caa->length));
    b.Push(out, b.Typed(record, type));
  }
  ares_free_data(first);
  return ARES_SUCCESS;
}

/// ANY: each parser in turn over the same answer; a type with no records
/// (ENODATA) is skipped, and only an answer with none at all is ENODATA.
int ParseAny(Builder& b, const unsigned char* answer, int length, v8::Local<v8::Array> out) {
  v8::Local<v8::Array> unused = b.Arr();
  auto ok = [](int status) { return status == ARES_SUCCESS || status == ARES_ENODATA; };
  if (!ok(ParseAddresses(b, false, answer, length, out, unused, "A")) ||
      !ok(ParseAddresses(b, true, answer, length, out, unused, "AAAA")) ||
      !ok(ParseMx(b, answer, length, out, "MX")) || !ok(ParseNs(b, answer, length, out, "NS")) ||
      !ok(ParseTxt(b, answer, length, out, "TXT")) ||
      !ok(ParseSrv(b, answer, length, out, "SRV")) ||
      !ok(ParsePtr(b, answer, length, out, "PTR")) ||
      !ok(ParseNaptr(b, answer, length, out, "NAPTR"))) {
    return ARES_EBADRESP;
  }
  v8::Local<v8::Object> soa;
  if (ParseSoa(b, answer, length, &soa, "SOA") == ARES_SUCCESS) b.Push(out, soa);
  ParseCaa(b, answer, length, out, "CAA");
  return out->Length() > 0 ? ARES_SUCCESS : ARES_ENODATA;
}

}  // namespace

int RecordType(Kind kind) {
  switch (kind) {
    case Kind::kAny:
      return 255;
    case Kind::kA:
      return 1;
    case Kind::kAaaa:
      return 28;
    case Kind::kCaa:
      return 257;
    case Kind::kCname:
      return 5;
    case Kind::kMx:
      return 15;
    case Kind::kNs:
      return 2;
    case Kind::kTxt:
      return 16;
    case Kind::kSrv:
      return 33;
    case Kind::kPtr:
      return 12;
    case Kind::kNaptr:
      return 35;
    case Kind::kSoa:
      return 6;
    case Kind::kAddr:
      return 12;
  }
  return 0;
}

int ParseAnswer(Realm& realm, Kind kind, const unsigned char* answer, int length,
                v8::Local<v8::Value>* result, v8::Local<v8::Value>* ttls) {
  Builder b(realm);
  v8::Local<v8::Array> list = b.Arr();
  v8::Local<v8::Array> ttl_list = b.Arr();
  int status = ARES_SUCCESS;
  switch (kind) {
    case Kind::kA:
    case Kind::kAaaa:
      status = ParseAddresses(b, kind == Kind::kAaaa, answer, length, list, ttl_list, nullptr);
      *ttls = ttl_list;
      break;
    case Kind::kCname:
      status = ParseCname(b, answer, length, list);
      break;
    case Kind::kMx:
      status = ParseMx(b, answer, length, list, nullptr);
      break;
    case Kind::kNs:
      status = ParseNs(b, answer, length, list, nullptr);
      break;
    case Kind::kTxt:
      status = ParseTxt(b, answer, length, list, nullptr);
      break;
    case Kind::kSrv:
      status = ParseSrv(b, answer, length, list, nullptr);
      break;
    case Kind::kPtr:
      status = ParsePtr(b, answer, length, list, nullptr);
      break;
    case Kind::kNaptr:
      status = ParseNaptr(b, answer, length, list, nullptr);
      break;
    case Kind::kCaa:
      status = ParseCaa(b, answer, length, list, nullptr);
      break;
    case Kind::kAny:
      status = ParseAny(b, answer, length, list);
      break;
    case Kind::kSoa: {
      v8::Local<v8::Object> soa;
      status = ParseSoa(b, answer, length, &soa, nullptr);
      if (status == ARES_SUCCESS) *result = soa;
      return status;
    }
    case Kind::kAddr:
      return ARES_EBADQUERY;  // answered by gethostbyaddr, not here
  }
  if (status == ARES_SUCCESS) *result = list;
  return status;
}

}  // namespace modules
