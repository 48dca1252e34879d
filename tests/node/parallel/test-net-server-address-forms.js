'use strict';
// server.address(): null before listening and after close; an object with
// address, family and a port > 0 while listening on port 0, for each way of
// passing the port and the host.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const forms = [
  [0, '127.0.0.1'],
  ['0', '127.0.0.1'],
  [{ port: 0, host: '127.0.0.1' }],
  [{ port: '0', host: '127.0.0.1', backlog: 4 }],
];
for (const args of forms) {
  const server = net.createServer();
  assert.strictEqual(server.address(), null);
  server.listen(...args, common.mustCall(() => {
    const address = server.address();
    assert.deepStrictEqual(Object.keys(address).sort(), ['address', 'family', 'port']);
    assert.strictEqual(address.address, '127.0.0.1');
    assert.strictEqual(address.family, 'IPv4');
    assert.ok(address.port > 0);
    server.close(common.mustCall(() => assert.strictEqual(server.address(), null)));
  }));
}
