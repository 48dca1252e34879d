'use strict';
// A server on a Unix socket reports its path as address(); its sockets have
// no IP addresses or ports, on either end.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const net = require('net');

tmpdir.refresh();
const path = tmpdir.resolve('address.sock');

const server = net.createServer(common.mustCall((socket) => {
  assert.strictEqual(socket.remoteAddress, undefined);
  assert.strictEqual(socket.remotePort, undefined);
  assert.deepStrictEqual(socket.address(), {});
  socket.end();
}));
assert.strictEqual(server.address(), null);
server.listen(path, common.mustCall(() => {
  assert.strictEqual(server.address(), path);
  assert.strictEqual(server.listening, true);
  const client = net.connect(path, common.mustCall(() => {
    assert.strictEqual(client.localAddress, undefined);
    assert.strictEqual(client.localPort, undefined);
    assert.strictEqual(client.remoteFamily, undefined);
  }));
  client.resume();
  client.on('close', common.mustCall(() => {
    server.close(common.mustCall(() => assert.strictEqual(server.address(), path)));
  }));
}));
