'use strict';
// A 'clientError' listener takes over: it gets the parser's error (with
// its HPE_ code, bytesParsed and the rawPacket that failed) and the
// socket, and writes its own answer; the server sends nothing of its own.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustNotCall());
server.on('clientError', common.mustCall((err, socket) => {
  assert.strictEqual(err.code, 'HPE_INVALID_METHOD');
  assert.ok(err instanceof Error);
  assert.strictEqual(typeof err.bytesParsed, 'number');
  assert.ok(Buffer.isBuffer(err.rawPacket));
  assert.strictEqual(err.rawPacket.toString('latin1'), 'BREW /pot HTTP/1.1\r\n\r\n');
  assert.ok(socket instanceof net.Socket);
  assert.strictEqual(socket.writable, true);
  socket.end('HTTP/1.1 418 I\'m a Teapot\r\nContent-Length: 0\r\n\r\n');
}));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.write('BREW /pot HTTP/1.1\r\n\r\n');
  }));
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(reply, 'HTTP/1.1 418 I\'m a Teapot\r\nContent-Length: 0\r\n\r\n');
    socket.end();
    server.close();
  }));
}));
