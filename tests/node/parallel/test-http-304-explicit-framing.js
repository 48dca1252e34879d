'use strict';
// A 304 never has a body, but the framing headers a handler sets on it
// are sent as they are (a Content-Length there describes the resource the
// client has cached); no body bytes follow, and the kept-alive connection
// reads the next response right after the head.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  if (req.url === '/cached') {
    res.writeHead(304, { 'Content-Length': 5, 'ETag': '"v1"' });
    res.end();
  } else {
    res.end('next');
  }
}, 2));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.end('GET /cached HTTP/1.1\r\nHost: x\r\nIf-None-Match: "v1"\r\n\r\n' +
               'GET /other HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  }));
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('end', common.mustCall(() => {
    const [first, second] = reply.split(/(?=HTTP\/1\.1 )/);
    assert.match(first, /^HTTP\/1\.1 304 Not Modified\r\n/);
    assert.match(first, /\r\nContent-Length: 5\r\n/);
    assert.match(first, /\r\nConnection: keep-alive\r\n/);
    assert.ok(first.endsWith('\r\n\r\n'));
    assert.ok(second.endsWith('\r\n\r\nnext'));
    server.close();
  }));
}));
