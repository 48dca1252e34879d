'use strict';
// net.connect({ timeout }) sets the idle timer: 'timeout' after the
// connection has been idle; destroying the socket then gives 'close'. The
// timer runs from connect() on, so on a busy machine it may fire before
// 'connect' does: the test does not depend on which comes first.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((socket) => socket.resume());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1', timeout: 15 });
  assert.strictEqual(client.timeout, 15);
  client.on('timeout', common.mustCall(() => client.destroy()));
  client.on('close', common.mustCall(() => server.close()));
}));
