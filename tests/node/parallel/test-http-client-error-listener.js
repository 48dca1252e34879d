'use strict';
// With a 'clientError' listener the server sends nothing itself: the
// listener gets the parse error (code, rawPacket) and the socket.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustNotCall());
server.on('clientError', common.mustCall((err, socket) => {
  assert.strictEqual(err.code, 'HPE_INVALID_METHOD');
  assert.match(err.message, /^Parse Error: /);
  assert.ok(Buffer.isBuffer(err.rawPacket));
  assert.strictEqual(typeof err.bytesParsed, 'number');
  socket.end('HTTP/1.1 499 Custom\r\n\r\n');
}));
server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port);
  let answer = '';
  socket.on('data', (chunk) => { answer += chunk; });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(answer, 'HTTP/1.1 499 Custom\r\n\r\n');
    server.close();
  }));
  socket.write('BREW / HTTP/1.1\r\nHost: x\r\n\r\n');
}));
