/// \file
/// ParseAddress and AddressToJS (see socket_address.h).
#include "socket_address.h"

namespace bindings {

int ParseAddress(const std::string& address, int port, bool ipv6, sockaddr_storage* out) {
  if (ipv6) return uv_ip6_addr(address.c_str(), port, reinterpret_cast<sockaddr_in6*>(out));
  return uv_ip4_addr(address.c_str(), port, reinterpret_cast<sockaddr_in*>(out));
}

void AddressToJS(Realm& realm, const sockaddr* address, v8::Local<v8::Object> out) {
  v8::Isolate* isolate = realm.isolate();
  v8::Local<v8::Context> context = realm.context();
  char ip[INET6_ADDRSTRLEN] = "";
  int port = 0;
  const char* family = "IPv4";
  if (address->sa_family == AF_INET6) {
    const auto* in6 = reinterpret_cast<const sockaddr_in6*>(address);
    uv_ip6_name(in6, ip, sizeof ip);
    port = ntohs(in6->sin6_port);
    family = "IPv6";
  } else {
    const auto* in4 = reinterpret_cast<const sockaddr_in*>(address);
    uv_ip4_name(in4, ip, sizeof ip);
    port = ntohs(in4->sin_port);
  }
  out->Set(context, realm.Name("address"), realm.Name(ip)).Check();
  out->Set(context, realm.Name("family"), realm.Name(family)).Check();
  out->Set(context, realm.Name("port"), v8::Integer::New(isolate, port)).Check();
}

}  // namespace bindings
