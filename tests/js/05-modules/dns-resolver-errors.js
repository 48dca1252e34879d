// What goes wrong with a resolver, as Node reports it: a server that never
// answers (ETIMEOUT with a short timeout and one try), a port nobody
// listens on (ECONNREFUSED), cancel() (ECANCELLED), and bad arguments.
'use strict';
const dgram = require('dgram');
const dns = require('dns');
const { startServer } = require('./fixtures/dns-server');

const attempt = (label, fn) => {
  try {
    const result = fn();
    console.log(label, 'ok', JSON.stringify(result));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};

// A port that was just free: bind, read it, close.
const freePort = () => new Promise((resolve) => {
  const socket = dgram.createSocket('udp4');
  socket.bind(0, '127.0.0.1', () => {
    const { port } = socket.address();
    socket.close(() => resolve(port));
  });
});

const query = (resolver, method, name) => new Promise((resolve) => {
  resolver[method](name, (err, result) => resolve(err ? `${err.code} ${err.message}` :
    JSON.stringify(result)));
});

async function main() {
  const server = await startServer();

  const quick = new dns.Resolver({ timeout: 100, tries: 1 });
  quick.setServers([`127.0.0.1:${server.port}`]);
  console.log('silent', await query(quick, 'resolve4', 'silent.test'));

  const refused = new dns.Resolver({ timeout: 200, tries: 1 });
  refused.setServers([`127.0.0.1:${await freePort()}`]);
  console.log('closed port', await query(refused, 'resolve4', 'host.test'));

  const cancelled = new dns.Resolver({ timeout: 5000, tries: 1 });
  cancelled.setServers([`127.0.0.1:${server.port}`]);
  const pending = query(cancelled, 'resolveTxt', 'silent.test');
  cancelled.cancel();
  console.log('cancel', await pending);

  // The servers' list, written back as Node writes it.
  const r = new dns.Resolver();
  r.setServers(['127.0.0.1', '10.0.0.1:5353', '::1', '[::1]:53', '[fe80::1]:8053']);
  console.log('servers', JSON.stringify(r.getServers()));
  attempt('bad server', () => r.setServers(['not-an-ip']));
  attempt('server type', () => r.setServers([5]));
  attempt('servers type', () => r.setServers('127.0.0.1'));
  console.log('servers kept', JSON.stringify(r.getServers()));

  attempt('timeout type', () => new dns.Resolver({ timeout: 'x' }));
  attempt('timeout range', () => new dns.Resolver({ timeout: -2 }));
  attempt('timeout integer', () => new dns.Resolver({ timeout: 1.5 }));
  attempt('tries range', () => new dns.Resolver({ tries: 0 }));
  attempt('name type', () => r.resolve4(5, () => {}));
  attempt('callback', () => r.resolve4('host.test'));
  attempt('rrtype type', () => r.resolve('host.test', 5, () => {}));
  attempt('rrtype value', () => r.resolve('host.test', 'BOGUS', () => {}));
  attempt('promise rrtype', () => dns.promises.resolve('host.test', 'BOGUS'));
  attempt('order', () => dns.setDefaultResultOrder('first'));
  console.log('order', dns.getDefaultResultOrder());
  dns.setDefaultResultOrder('ipv4first');
  console.log('order', dns.getDefaultResultOrder());

  // Promises: the same errors, as rejections.
  const p = new dns.promises.Resolver({ timeout: 100, tries: 1 });
  p.setServers([`127.0.0.1:${server.port}`]);
  for (const name of ['nowhere.test', 'servfail.test', 'silent.test']) {
    await p.resolve4(name).catch((e) => console.log('promise', e.code, e.message, e.errno));
  }
  server.close();
}
main();
