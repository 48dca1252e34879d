'use strict';
// server.timeout (set directly or by setTimeout(ms) without a callback):
// a connection idle that long is destroyed when nobody listens for
// 'timeout'; a request that got no answer is cut off with it.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  res.on('close', common.mustCall(() => assert.strictEqual(res.writableEnded, false)));
  // No answer: the socket goes idle.
}));
server.timeout = common.platformTimeout(100);
assert.strictEqual(server.listenerCount('timeout'), 0);

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  }));
  let reply = '';
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('error', () => {});  // a reset is as good as a close
  socket.on('close', common.mustCall(() => {
    assert.strictEqual(reply, '');
    server.close();
  }));
}));
