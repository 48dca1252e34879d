'use strict';
// destroy(err): 'error' with that error, then 'close' with hadError true;
// the peer reads EOF. destroy() without an error: 'close' with false.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.resume();
  socket.on('end', common.mustCall(() => socket.end()));
  socket.on('close', common.mustCall(() => server.close()));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    client.destroy(new Error('boom'));
    assert.strictEqual(client.destroyed, true);
  }));
  client.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'boom')));
  client.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, true);
    const other = new net.Socket();
    other.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, undefined)));
    other.destroy();
  }));
}));
