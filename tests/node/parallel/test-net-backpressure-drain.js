'use strict';
// A write larger than the highWaterMark returns false, bufferSize counts
// what is queued, and 'drain' follows once it is out; the reader that
// paused and resumed still gets every byte.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const size = 8 * 1024 * 1024;
const server = net.createServer(common.mustCall((socket) => {
  let received = 0;
  socket.pause();
  setTimeout(() => socket.resume(), 50);
  socket.on('data', (chunk) => { received += chunk.length; });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(received, size);
    assert.strictEqual(socket.bytesRead, size);
    server.close();
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    const ok = client.write(Buffer.alloc(size, 'x'));
    assert.strictEqual(ok, false);
    assert.ok(client.bufferSize > 0);
    assert.strictEqual(client.writableNeedDrain, true);
    client.once('drain', common.mustCall(() => {
      assert.strictEqual(client.bufferSize, 0);
      client.end();
    }));
  }));
}));
