'use strict';
// A client that resets its connection (RST) is reported through
// 'clientError' with the socket's ECONNRESET, whether or not a request was
// under way; the socket is already destroyed then. A request under way is
// aborted: 'aborted', then its ECONNRESET "aborted" error.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  req.on('aborted', common.mustCall());
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.message, 'aborted');
  }));
  res.on('close', common.mustCall());
}));
server.on('clientError', common.mustCall((err, socket) => {
  assert.strictEqual(err.code, 'ECONNRESET');
  assert.strictEqual(err.syscall, 'read');
  assert.strictEqual(socket.destroyed, true);
}, 2));

function resetAfter(port, bytes) {
  return new Promise((resolve) => {
    const socket = net.connect(port, () => {
      socket.write(bytes);
      setTimeout(() => socket.resetAndDestroy(), common.platformTimeout(50));
    });
    socket.on('close', resolve);
  });
}

server.listen(0, common.mustCall(async () => {
  const port = server.address().port;
  await resetAfter(port, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nab');
  await resetAfter(port, 'GET / HT');  // in the middle of a head
  setTimeout(() => server.close(), common.platformTimeout(50));
}));
