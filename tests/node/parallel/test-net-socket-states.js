'use strict';
// connecting, pending and readyState through a socket's life: opening,
// open, then closed after destroy().
const common = require('../common');
const assert = require('assert');
const net = require('net');

const fresh = new net.Socket();
assert.strictEqual(fresh.pending, true);
assert.strictEqual(fresh.connecting, false);

const server = net.createServer((socket) => socket.resume());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  assert.strictEqual(client.connecting, true);
  assert.strictEqual(client.pending, true);
  assert.strictEqual(client.readyState, 'opening');
  client.on('ready', common.mustCall());
  client.on('connect', common.mustCall(() => {
    assert.strictEqual(client.connecting, false);
    assert.strictEqual(client.pending, false);
    assert.strictEqual(client.readyState, 'open');
    client.destroy();
    assert.strictEqual(client.destroyed, true);
    assert.strictEqual(client.readyState, 'closed');
  }));
  client.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    server.close();
  }));
}));
