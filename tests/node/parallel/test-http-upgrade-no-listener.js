'use strict';
// An Upgrade request reaches 'request' like any other when the server has
// no 'upgrade' listener: the handler answers it as HTTP and the connection
// stays in HTTP, ready for the next request.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  if (req.url === '/upgrade') {
    assert.strictEqual(req.headers.upgrade, 'websocket');
    assert.strictEqual(req.upgrade, false);
  }
  res.end(req.url);
}, 2));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.write('GET /upgrade HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\n' +
                 'Upgrade: websocket\r\n\r\n');
  }));
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => {
    reply += chunk;
    if (reply.endsWith('/upgrade')) {
      assert.match(reply, /^HTTP\/1\.1 200 OK\r\n/);
      socket.end('GET /after HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    }
  });
  socket.on('end', common.mustCall(() => {
    assert.ok(reply.endsWith('/after'));
    assert.strictEqual(reply.match(/HTTP\/1\.1 200 OK/g).length, 2);
    server.close();
  }));
}));
