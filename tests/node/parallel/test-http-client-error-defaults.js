'use strict';
// With no 'clientError' listener a server answers a request it cannot
// parse itself and destroys the socket: 400 for a malformed request,
// 431 when the head is larger than maxHeaderSize. Nothing reaches the
// 'request' listener.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer({ maxHeaderSize: 1024 }, common.mustNotCall());

function exchange(port, bytes) {
  return new Promise((resolve) => {
    const socket = net.connect(port, () => socket.write(bytes));
    let reply = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => { reply += chunk; });
    socket.on('error', () => {});  // the server may reset while we still write
    socket.on('close', () => resolve(reply));
  });
}

const bad = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
server.listen(0, common.mustCall(async () => {
  const port = server.address().port;
  assert.strictEqual(await exchange(port, 'NOT A REQUEST\r\n\r\n'), bad);
  assert.strictEqual(await exchange(port, 'GET / HTTP/1.1\r\nBad Header\r\n\r\n'), bad);
  assert.strictEqual(await exchange(port, 'GET / HTTP/1.1\r\nHost: x\r\n' +
                                          'Content-Length: 1\r\nContent-Length: 2\r\n\r\n'), bad);
  assert.strictEqual(await exchange(port, `GET / HTTP/1.1\r\nX: ${'a'.repeat(2000)}\r\n\r\n`),
                     'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n');
  server.close();
}));
