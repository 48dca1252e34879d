'use strict';
// res.setTimeout(ms, cb) arms the socket's idle timer for this response:
// when it fires, cb (a 'timeout' listener of the response) gets the
// socket, then the server's 'timeout' is emitted too; the socket is not
// destroyed when someone listens, so the handler can still answer.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const order = [];
const server = http.createServer(common.mustCall((req, res) => {
  res.on('timeout', common.mustCall(() => order.push('response event')));
  assert.strictEqual(res.setTimeout(common.platformTimeout(50), common.mustCall((socket) => {
    assert.strictEqual(socket, req.socket);
    order.push('callback');
    setImmediate(() => res.end('answered after the timeout'));
  })), res);
}));
server.on('timeout', common.mustCall((socket) => {
  assert.ok(socket instanceof net.Socket);
  order.push('server event');
}));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  }));
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('end', common.mustCall(() => {
    assert.deepStrictEqual(order, ['response event', 'callback', 'server event']);
    assert.ok(reply.endsWith('answered after the timeout'));
    server.close();
  }));
}));
