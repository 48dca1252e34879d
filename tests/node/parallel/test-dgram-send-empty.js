'use strict';
// An empty datagram is a datagram: it arrives, with size 0, whether sent as
// '' or as an empty list.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const socket = dgram.createSocket('udp4');
socket.on('message', common.mustCall((message, rinfo) => {
  assert.strictEqual(message.length, 0);
  assert.ok(Buffer.isBuffer(message));
  assert.strictEqual(rinfo.size, 0);
}, 2));
socket.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = socket.address();
  socket.send('', port, '127.0.0.1', common.mustSucceed((bytes) => {
    assert.strictEqual(bytes, 0);
    socket.send([], port, '127.0.0.1', common.mustSucceed(() => {
      setTimeout(() => socket.close(), 50);
    }));
  }));
}));
