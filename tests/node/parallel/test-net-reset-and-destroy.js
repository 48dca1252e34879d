'use strict';
// resetAndDestroy closes with a RST: the peer's socket fails with
// ECONNRESET (`read ECONNRESET`); a socket without a handle gets
// ERR_SOCKET_CLOSED.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.syscall, 'read');
    assert.strictEqual(err.message, 'read ECONNRESET');
  }));
  socket.on('close', common.mustCall(() => server.close()));
  socket.write('hello');
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.on('data', common.mustCall(() => {
    assert.strictEqual(client.resetAndDestroy(), client);
  }));
  client.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, false)));
}));

const unconnected = new net.Socket();
unconnected.on('error', common.expectsError({ code: 'ERR_SOCKET_CLOSED' }));
unconnected.resetAndDestroy();
