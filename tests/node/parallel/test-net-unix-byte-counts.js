'use strict';
// bytesRead and bytesWritten count a Unix socket's traffic, and stay
// readable after the socket has closed.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const net = require('net');

tmpdir.refresh();
const path = tmpdir.resolve('count.sock');

const server = net.createServer(common.mustCall((socket) => {
  socket.on('data', () => {});
  socket.on('end', common.mustCall(() => socket.end('x'.repeat(300))));
  socket.on('close', common.mustCall(() => {
    assert.strictEqual(socket.bytesRead, 1000);
    assert.strictEqual(socket.bytesWritten, 300);
    server.close();
  }));
}));
server.listen(path, common.mustCall(() => {
  const client = net.connect(path, common.mustCall(() => {
    client.write('a'.repeat(600));
    client.end(Buffer.alloc(400));
  }));
  client.resume();
  client.on('close', common.mustCall(() => {
    assert.strictEqual(client.bytesWritten, 1000);
    assert.strictEqual(client.bytesRead, 300);
  }));
}));
