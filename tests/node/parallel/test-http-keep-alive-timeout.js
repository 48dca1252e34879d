'use strict';
// server.keepAliveTimeout: an idle kept-alive connection is closed by the
// server once it passes; the header announces the timeout in seconds.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => res.end('x'));
server.keepAliveTimeout = 2000;
server.listen(0, common.mustCall(() => {
  server.keepAliveTimeout = 100;  // read when each response is made
  const socket = net.connect(server.address().port);
  let answer = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { answer += chunk; });
  socket.on('end', common.mustCall(() => {
    assert.match(answer, /^HTTP\/1\.1 200 OK\r\n/);
    assert.match(answer, /\r\nKeep-Alive: timeout=0\r\n/);
    socket.end();
    server.close();
  }));
  socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
}));
