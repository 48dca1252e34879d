/// \file
/// Socket addresses between JavaScript and libuv, for the bindings of
/// sockets (tcp_wrap here, stage 05's udp_wrap). (Node: AddressToJS in
/// src/tcp_wrap.cc, which its udp_wrap.cc calls too.)
///
/// JavaScript speaks of an address as text and a port, "127.0.0.1" and
/// 8080; the kernel as a sockaddr_in or sockaddr_in6 in network byte order.
/// libuv converts each way (uv_ip4_addr, uv_ip4_name, ...); these two
/// functions pick the family and shape the result as Node's bindings do.
#pragma once

#include <uv.h>
#include <v8.h>

#include <string>

#include "realm.h"

namespace bindings {

/// Parses "127.0.0.1" (or, with `ipv6`, "::1") and a port into a socket
/// address; 0 or UV_EINVAL, as uv_ip4_addr and uv_ip6_addr return.
int ParseAddress(const std::string& address, int port, bool ipv6, sockaddr_storage* out);

/// Fills `out` with { address, family, port }: what getsockname(out),
/// getpeername(out) and a datagram's `rinfo` hold.
void AddressToJS(Realm& realm, const sockaddr* address, v8::Local<v8::Object> out);

}  // namespace bindings
