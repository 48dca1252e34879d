'use strict';
// Without allowHalfOpen (the default) a socket whose peer ended ends its
// own side too and closes; a later write fails with EPIPE.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  assert.strictEqual(socket.allowHalfOpen, false);
  socket.resume();
  socket.on('end', common.mustCall(() => {
    setImmediate(common.mustCall(() => {
      assert.strictEqual(socket.writableEnded, true);
      socket.write('late', common.mustCall((err) => {
        assert.strictEqual(err.code, 'EPIPE');
        assert.strictEqual(err.message, 'This socket has been ended by the other party');
      }));
    }));
  }));
  socket.on('close', common.mustCall(() => server.close()));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', () => client.end());
  client.resume();
  client.on('end', common.mustCall());
}));
