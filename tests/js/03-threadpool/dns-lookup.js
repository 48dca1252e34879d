// dns.lookup through getaddrinfo() on the pool; addresses need no lookup.
// The names used are 'localhost' (from /etc/hosts) and a name under
// .invalid, a top-level domain reserved never to exist (RFC 6761).
const dns = require('dns');
const lookup = (...args) => new Promise((resolve) => dns.lookup(...args, (...results) => resolve(results)));

async function main() {
  // An address is answered on the next tick; a name waits for the pool.
  const order = [];
  await Promise.all([lookup('localhost', 4).then(() => order.push('name')),
                     lookup('127.0.0.1').then(() => order.push('address'))]);
  console.log('order', order.join(' '));

  console.log('localhost', await lookup('localhost', 4));
  console.log('family option', await lookup('localhost', { family: 4 }));
  console.log('IPv4 name', await lookup('localhost', { family: 'IPv4' }));
  console.log('all', await lookup('localhost', { all: true, family: 4 }));
  console.log('order', await lookup('localhost', { family: 4, order: 'ipv6first' }));
  console.log('verbatim', await lookup('localhost', { family: 4, verbatim: false }));
  console.log('hints', await lookup('localhost', { family: 4, hints: dns.ADDRCONFIG }));
  console.log('promise', await dns.promises.lookup('localhost', 4));
  console.log('promise all', await dns.promises.lookup('localhost', { all: true, family: 4 }));

  // Addresses: no lookup.
  console.log('IPv4 address', await lookup('127.0.0.1'));
  console.log('IPv6 address', await lookup('::1'));
  console.log('IPv6 all', await lookup('::1', { all: true }));
  console.log('promise address', await dns.promises.lookup('10.1.2.3'));

  // Names that do not exist.
  const [err, address, family] = await lookup('no-such-host.invalid');
  console.log('unknown', err.message, err.code, err.errno, err.syscall, err.hostname, address, family);
  await dns.promises.lookup('no-such-host.invalid', { all: true }).catch((e) =>
    console.log('promise unknown', e.message, e.code, e.errno, e.syscall, e.hostname));
  const [long] = await lookup('x'.repeat(300));
  console.log('too long', long.code, long.errno, long.syscall, long.hostname.length);

  // Bad arguments.
  const attempt = (label, fn) => {
    try { fn(); console.log(label, 'no error'); } catch (e) { console.log(label, e.name, e.code, e.message); }
  };
  attempt('hostname', () => dns.lookup(5, () => {}));
  attempt('family', () => dns.lookup('x', 5, () => {}));
  attempt('options.family', () => dns.lookup('x', { family: 5 }, () => {}));
  attempt('options type', () => dns.lookup('x', 'y', () => {}));
  attempt('options.all', () => dns.lookup('x', { all: 1 }, () => {}));
  attempt('options.order', () => dns.lookup('x', { order: 'x' }, () => {}));
  attempt('callback', () => dns.lookup('x'));
  attempt('callback with options', () => dns.lookup('x', {}));
}
main();
