'use strict';
// writeHead() renders the head before the body is known, so a response
// ended with end() after writeHead() is chunked even when its body is
// empty (unless the head names a length); end(data) without writeHead
// can count the bytes and sends a Content-Length.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  if (req.url === '/head-first') {
    res.writeHead(200);
    res.end('abc');
  } else if (req.url === '/head-with-length') {
    res.writeHead(200, { 'Content-Length': 3 });
    res.end('abc');
  } else {
    res.end('abc');
  }
}, 3));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.end('GET /head-first HTTP/1.1\r\nHost: x\r\n\r\n' +
               'GET /head-with-length HTTP/1.1\r\nHost: x\r\n\r\n' +
               'GET /end-only HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  }));
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('end', common.mustCall(() => {
    const [first, second, third] = reply.split(/(?=HTTP\/1\.1 )/);
    assert.match(first, /\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n$/);
    assert.match(second, /\r\nContent-Length: 3\r\n/);
    assert.doesNotMatch(second, /chunked/);
    assert.match(third, /\r\nContent-Length: 3\r\n\r\nabc$/);
    server.close();
  }));
}));
