// dns.promises and require('dns/promises'): lookup, lookupService, and a
// promise Resolver against the test's own DNS server (resolveAny, TTLs),
// plus the shape of the module (its keys, in Node's order).
'use strict';
const dns = require('dns');
const dnsPromises = require('dns/promises');
const { startServer } = require('./fixtures/dns-server');

async function main() {
  console.log('same object', dns.promises === dnsPromises);
  console.log('dns keys', Object.keys(dns).join(' '));
  console.log('promises keys', Object.keys(dnsPromises).sort().join(' '));
  console.log('lookup', await dnsPromises.lookup('127.0.0.1'));
  console.log('lookup all', await dnsPromises.lookup('::1', { all: true }));
  console.log('lookup name', await dnsPromises.lookup('localhost', { family: 4 }));
  const service = await dnsPromises.lookupService('127.0.0.1', 22);
  console.log('service', typeof service.hostname, ['ssh', '22'].includes(service.service));
  try {
    dnsPromises.lookupService('127.0.0.1');
  } catch (e) {
    console.log('missing', e.code, e.message);
  }
  try {
    dnsPromises.lookupService('not-an-ip', 22);
  } catch (e) {
    console.log('bad address', e.code, e.message);
  }

  const server = await startServer();
  const resolver = new dnsPromises.Resolver();
  resolver.setServers([`127.0.0.1:${server.port}`]);
  console.log('any', JSON.stringify(await resolver.resolveAny('host.test')));
  console.log('a ttl', JSON.stringify(await resolver.resolve4('host.test', { ttl: true })));
  console.log('resolve MX', JSON.stringify(await resolver.resolve('host.test', 'MX')));
  console.log('resolve default', JSON.stringify(await resolver.resolve('alias.test')));
  console.log('reverse', JSON.stringify(await resolver.reverse('192.0.2.5')));
  await resolver.resolveSrv('nowhere.test').catch((e) =>
    console.log('srv', e.code, e.syscall, e.hostname, e.message));
  // The module-level functions use the default resolver: point it here too.
  dns.setServers([`127.0.0.1:${server.port}`]);
  console.log('module resolve4', JSON.stringify(await dnsPromises.resolve4('host.test')));
  await new Promise((resolve) => dns.resolveTxt('host.test', (err, records) => {
    console.log('callback resolveTxt', err, JSON.stringify(records));
    resolve();
  }));
  server.close();
}
main();
