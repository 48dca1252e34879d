'use strict';
// A large write to a Unix socket whose reader is paused: write() says
// false, 'drain' comes once the reader takes the data, and every byte
// arrives in order.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const net = require('net');

tmpdir.refresh();
const path = tmpdir.resolve('slow.sock');
const data = Buffer.alloc(8 << 20);
for (let i = 0; i < data.length; i++) data[i] = i % 251;

const server = net.createServer(common.mustCall((socket) => {
  socket.pause();
  const parts = [];
  setTimeout(() => {
    socket.on('data', (chunk) => parts.push(chunk));
    socket.resume();
  }, 50);
  socket.on('end', common.mustCall(() => {
    assert.ok(Buffer.concat(parts).equals(data));
    server.close();
  }));
}));
server.listen(path, common.mustCall(() => {
  const client = net.connect(path, common.mustCall(() => {
    assert.strictEqual(client.write(data), false);
    client.on('drain', common.mustCall(() => client.end()));
  }));
}));
