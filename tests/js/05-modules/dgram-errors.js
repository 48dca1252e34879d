// dgram's errors as Node words them: bad ports, bad types, a socket bound
// twice, a closed socket, EADDRINUSE from the system, option setters on an
// unbound socket, and the buffer sizes.
'use strict';
const dgram = require('dgram');

const attempt = (label, fn) => {
  try {
    const result = fn();
    console.log(label, 'ok', result === undefined || typeof result === 'object' ? '' : result);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};

attempt('type', () => dgram.createSocket('udp5'));
attempt('options type', () => dgram.createSocket({ type: 'tcp' }));
attempt('lookup', () => dgram.createSocket({ type: 'udp4', lookup: 5 }));
const s = dgram.createSocket('udp4');
for (const port of [-1, 0, 65536, 'abc', '', null, {}, 1.5, true]) {
  attempt(`port ${JSON.stringify(port)}`, () => s.send('x', port, '127.0.0.1'));
}
attempt('buffer number', () => s.send(5, 1234, '127.0.0.1'));
attempt('buffer list', () => s.send([5], 1234, '127.0.0.1'));
attempt('address type', () => s.send('x', 1234, 5));
attempt('offset', () => s.send(Buffer.alloc(4), 5, 1, 1234, '127.0.0.1'));
attempt('length', () => s.send(Buffer.alloc(4), 2, 3, 1234, '127.0.0.1'));
attempt('address unbound', () => s.address());
attempt('recv size unbound', () => s.getRecvBufferSize());
attempt('send size unbound', () => s.getSendBufferSize());
attempt('bad size', () => s.setRecvBufferSize(-1));
attempt('ttl type', () => s.setTTL('a'));
attempt('ttl unbound', () => s.setTTL(5));
attempt('broadcast unbound', () => s.setBroadcast(true));
attempt('membership missing', () => s.addMembership());
attempt('drop missing', () => s.dropMembership());
attempt('interface type', () => s.setMulticastInterface(5));

s.bind(0, '127.0.0.1', () => {
  attempt('bind twice', () => s.bind(0));
  attempt('ttl', () => s.setTTL(64));
  attempt('ttl range', () => s.setTTL(1000));
  attempt('multicast ttl', () => s.setMulticastTTL(8));
  attempt('multicast loopback', () => s.setMulticastLoopback(true));
  attempt('broadcast', () => s.setBroadcast(true));
  attempt('set recv size', () => s.setRecvBufferSize(65536));
  attempt('get recv size', () => s.getRecvBufferSize());
  attempt('set send size', () => s.setSendBufferSize(65536));
  attempt('get send size', () => s.getSendBufferSize());
  attempt('queue', () => [s.getSendQueueSize(), s.getSendQueueCount()].join(' '));

  // The same port again: the system refuses, and 'error' says so.
  const other = dgram.createSocket('udp4');
  other.on('error', (err) => {
    console.log('in use', err.name, err.code, err.errno === -98, err.syscall,
                err.address, err.port === s.address().port,
                err.message.replace(/:\d+$/, ':PORT'));
    other.close();
    s.close(() => {
      console.log('closed');
      attempt('address closed', () => s.address());
      attempt('close closed', () => s.close());
      attempt('bind closed', () => s.bind());
      attempt('send closed', () => s.send('x', 1234, '127.0.0.1'));
      attempt('ref closed', () => s.ref() === s);
    });
  });
  other.bind(s.address().port, '127.0.0.1', () => console.log('unexpected: bound twice'));
});
