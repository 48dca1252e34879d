/// \file
/// require('dns'): dns.lookup, the name lookup the operating system does.
/// (Node: lib/dns.js, GetAddrInfo in src/cares_wrap.cc.)
///
/// dns.lookup() asks the C library's getaddrinfo(), which reads /etc/hosts,
/// asks the DNS servers in /etc/resolv.conf, and so on: the same answer every
/// other program on the machine gets. getaddrinfo() blocks, and has no
/// non-blocking form, so libuv runs it on the pool (uv_getaddrinfo); this
/// stage does the same with a Job. (Node's other resolver functions,
/// dns.resolve*, speak the DNS protocol over sockets with c-ares and need no
/// thread at all; they are not part of this stage.)
///
///     dns.lookup('localhost', (err, address, family) => ...)   '127.0.0.1', 4
///     dns.lookup('localhost', { all: true }, (err, list) => ...)
///     await dns.promises.lookup('localhost')       { address, family }
///
/// An IP address needs no lookup: as in Node, the answer comes on the next
/// tick without a trip to the pool (Job::NeedsPool). A name that does not
/// exist fails with ENOTFOUND: "getaddrinfo ENOTFOUND no.such.host".
#pragma once

#include "modules.h"

namespace pool {

class DnsModule : public BuiltinModule {
 public:
  static constexpr const char* kName = "dns";
  explicit DnsModule(ThreadPool& pool) : BuiltinModule(kName, pool) {}

  v8::Local<v8::Object> CreateExports(v8::Local<v8::Context> context) override;
};

}  // namespace pool
