'use strict';
// HTTP/1.0 keeps a connection open only when asked with "Connection:
// keep-alive" and when the handler sets a Content-Length itself (1.0 has
// no chunked framing, and end(data) does not size a 1.0 response): then
// the response says keep-alive and a second request on the socket is
// answered. Without a length the body ends when the server closes. The
// response's version is always HTTP/1.1.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.httpVersion, '1.0');
  if (req.url === '/one') res.setHeader('Content-Length', 13);
  res.end(`reply to ${req.url}`);
}, 2));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.write('GET /one HTTP/1.0\r\nConnection: keep-alive\r\n\r\n');
  }));
  let reply = '';
  let sentSecond = false;
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => {
    reply += chunk;
    if (!sentSecond && reply.endsWith('reply to /one')) {
      sentSecond = true;
      assert.match(reply, /^HTTP\/1\.1 200 OK\r\n/);
      assert.match(reply, /\r\nConnection: keep-alive\r\n/);
      assert.match(reply, /\r\nContent-Length: 13\r\n/);
      socket.write('GET /two HTTP/1.0\r\nConnection: keep-alive\r\n\r\n');
    }
  });
  socket.on('end', common.mustCall(() => {
    const second = reply.slice(reply.indexOf('reply to /one') + 13);
    assert.match(second, /^HTTP\/1\.1 200 OK\r\n/);
    assert.match(second, /\r\nConnection: close\r\n/);
    assert.doesNotMatch(second, /Content-Length|Transfer-Encoding/);
    assert.ok(second.endsWith('reply to /two'));
    server.close();
  }));
}));
