'use strict';
// bind(port, address, callback): the callback listens for 'listening',
// address() then names the port the system chose, and close(callback)
// emits 'close' once.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const socket = dgram.createSocket('udp4');
socket.on('listening', common.mustCall());
socket.bind(0, '127.0.0.1', common.mustCall(function() {
  assert.strictEqual(this, socket);
  const address = socket.address();
  assert.strictEqual(address.address, '127.0.0.1');
  assert.strictEqual(address.family, 'IPv4');
  assert.ok(Number.isInteger(address.port) && address.port > 0);
  socket.close(common.mustCall());
}));
socket.on('close', common.mustCall());
