// dns.Resolver and dns.resolve*() against a DNS server of the test's own
// (fixtures/dns-server.js, on 127.0.0.1): every record type, TTLs,
// resolve(name, rrtype), reverse(), and the errors a server gives.
'use strict';
const dns = require('dns');
const { startServer } = require('./fixtures/dns-server');

const show = (value) => JSON.stringify(value);

async function main() {
  const server = await startServer();
  const resolver = new dns.Resolver();
  resolver.setServers([`127.0.0.1:${server.port}`]);
  console.log('servers', show(resolver.getServers().map((s) => s.replace(/:\d+$/, ':PORT'))));

  const ask = (method, ...args) => new Promise((resolve) => {
    resolver[method](...args, (err, result) => {
      if (err) {
        console.log(method, args[0], 'error', err.message, err.code, err.errno, err.syscall,
                    err.hostname);
      } else {
        console.log(method, args[0], show(result));
      }
      resolve();
    });
  });

  await ask('resolve4', 'host.test');
  await ask('resolve4', 'host.test', { ttl: true });
  await ask('resolve6', 'host.test');
  await ask('resolve6', 'host.test', { ttl: true });
  await ask('resolveMx', 'host.test');
  await ask('resolveTxt', 'host.test');
  await ask('resolveNs', 'host.test');
  await ask('resolveSoa', 'host.test');
  await ask('resolveCaa', 'host.test');
  await ask('resolveCname', 'alias.test');
  await ask('resolve4', 'alias.test');
  await ask('resolveSrv', '_sip._udp.host.test');
  await ask('resolveNaptr', 'naptr.test');
  await ask('resolvePtr', '5.2.0.192.in-addr.arpa');
  await ask('reverse', '192.0.2.5');
  await ask('resolve', 'host.test');
  await ask('resolve', 'host.test', 'MX');
  await ask('resolve', 'HOST.test', 'AAAA');

  // The errors a server can answer with.
  await ask('resolve4', 'nowhere.test');
  await ask('resolve4', 'empty.test');
  await ask('resolveMx', 'alias.test');
  await ask('resolve4', 'servfail.test');
  await ask('resolve4', 'refused.test');
  await ask('reverse', '192.0.2.99');
  console.log('codes', dns.NOTFOUND, dns.NODATA, dns.SERVFAIL, dns.TIMEOUT, dns.CONNREFUSED,
              dns.CANCELLED);

  server.close();
}
main();
