'use strict';
// createServer({ highWaterMark }) sets the buffer limit of every accepted
// socket, and so of each request and response: with 1 KiB, a response
// whose writes pass 1 KiB to a client that does not read says so
// (write() returns false, writableNeedDrain) and emits 'drain' later.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

assert.throws(() => http.createServer({ highWaterMark: 'big' }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.strictEqual(http.createServer().highWaterMark, 16 * 1024);

let client;
const server = http.createServer({ highWaterMark: 1024 }, common.mustCall((req, res) => {
  assert.strictEqual(req.socket.writableHighWaterMark, 1024);
  assert.strictEqual(req.socket.readableHighWaterMark, 1024);
  assert.strictEqual(req.readableHighWaterMark, 1024);
  assert.strictEqual(res.writableHighWaterMark, 1024);
  assert.strictEqual(res.write(Buffer.alloc(1000, 'a')), false);  // with the head, past 1 KiB
  assert.strictEqual(res.writableNeedDrain, true);
  res.on('drain', common.mustCall(() => res.end()));
  client.resume();
}));
assert.strictEqual(server.highWaterMark, 1024);

server.listen(0, common.mustCall(() => {
  client = net.connect(server.address().port, common.mustCall(() => {
    client.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  }));
  client.pause();
  let received = 0;
  client.on('data', (chunk) => { received += chunk.length; });
  client.on('end', common.mustCall(() => {
    assert.ok(received > 1000);
    server.close();
  }));
}));
