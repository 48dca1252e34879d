'use strict';
// HEAD: the head is the one a GET would get, body bytes excepted. A
// Content-Length the handler set is kept (it describes the GET's body),
// what it writes is dropped, and the connection stays usable for the
// next request.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  if (req.url === '/sized') {
    res.setHeader('Content-Length', '11');
    res.end('hello world');
  } else {
    res.write('dropped');
    res.end('also dropped');
  }
}, 3));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.write('HEAD /sized HTTP/1.1\r\nHost: x\r\n\r\n' +
                 'HEAD /unsized HTTP/1.1\r\nHost: x\r\n\r\n' +
                 'GET /sized HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  }));
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('end', common.mustCall(() => {
    const responses = reply.split(/(?=HTTP\/1\.1 )/);
    assert.strictEqual(responses.length, 3);
    assert.match(responses[0], /\r\nContent-Length: 11\r\n/);
    assert.match(responses[0], /\r\n\r\n$/);
    // Unsized: no framing header at all, since no body follows.
    assert.doesNotMatch(responses[1], /Content-Length|Transfer-Encoding/i);
    assert.doesNotMatch(responses[1], /dropped/);
    assert.match(responses[1], /\r\n\r\n$/);
    assert.match(responses[2], /\r\nContent-Length: 11\r\n/);
    assert.match(responses[2], /\r\n\r\nhello world$/);
    server.close();
  }));
}));
