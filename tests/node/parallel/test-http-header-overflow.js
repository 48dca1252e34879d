'use strict';
// Headers beyond maxHeaderSize (16 KiB by default) are HPE_HEADER_OVERFLOW,
// answered 431; a smaller maxHeaderSize option lowers the limit.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

assert.strictEqual(http.maxHeaderSize, 16384);
const server = http.createServer({ maxHeaderSize: 100 }, common.mustNotCall());
server.on('clientError', common.mustCall((err, socket) => {
  assert.strictEqual(err.code, 'HPE_HEADER_OVERFLOW');
  socket.destroy();
}));
server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port);
  socket.on('close', common.mustCall(() => {
    const big = http.createServer(common.mustNotCall());
    big.listen(0, common.mustCall(() => {
      const s = net.connect(big.address().port);
      let answer = '';
      s.on('data', (chunk) => { answer += chunk; });
      s.on('close', common.mustCall(() => {
        assert.strictEqual(answer,
                           'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n');
        big.close();
        server.close();
      }));
      s.write(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20000)}\r\n\r\n`);
    }));
  }));
  socket.resume();
  socket.write(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(200)}\r\n\r\n`);
}));
