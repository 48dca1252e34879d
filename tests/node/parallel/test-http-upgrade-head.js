'use strict';
// The bytes a client sends right after its Upgrade request, in the same
// packet, belong to the new protocol: the 'upgrade' listener gets them as
// `head`, and later bytes arrive as the socket's data; the HTTP parser
// lets go of the socket.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustNotCall());
server.on('upgrade', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.method, 'GET');
  assert.strictEqual(req.headers.upgrade, 'echo');
  assert.ok(Buffer.isBuffer(head));
  assert.strictEqual(head.toString(), 'early bytes|');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\n');
  socket.write(head);
  socket.on('data', (chunk) => socket.write(chunk.toString().toUpperCase()));
  socket.on('end', () => socket.end());
}));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\n' +
                 'early bytes|');
  }));
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => {
    reply += chunk;
    if (reply.endsWith('early bytes|')) socket.end('GET / HTTP/1.1\r\n\r\n');
  });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(reply, 'HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\n' +
                              'Upgrade: echo\r\n\r\nearly bytes|GET / HTTP/1.1\r\n\r\n');
    server.close();
  }));
}));
