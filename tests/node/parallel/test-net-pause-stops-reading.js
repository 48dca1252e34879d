'use strict';
// pause() is real backpressure: a paused socket's readable buffer fills to
// its highWaterMark and no further (reading from the kernel stops), and
// resume() gets the rest.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const total = 4 * 1024 * 1024;
const server = net.createServer(common.mustCall((socket) => {
  socket.end(Buffer.alloc(total, 'y'));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let received = 0;
  client.once('data', common.mustCall((chunk) => {
    received += chunk.length;
    client.pause();
    setTimeout(common.mustCall(() => {
      // One read's worth at most beyond the highWaterMark, far less than the total.
      assert.ok(client.readableLength > 0);
      assert.ok(client.readableLength < total / 2, `${client.readableLength}`);
      client.on('data', (more) => { received += more.length; });
      client.resume();
    }), 100);
  }));
  client.on('end', common.mustCall(() => {
    assert.strictEqual(received, total);
    server.close();
  }));
}));
