'use strict';
// server.close() while a request is being served: the listening socket
// closes at once (no new connections), the response in flight is still
// delivered, kept alive as usual, and the close callback waits until that
// connection is gone.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

let clientGone = false;
const server = http.createServer(common.mustCall((req, res) => {
  server.close(common.mustCall(() => {
    assert.strictEqual(clientGone, true);
  }));
  assert.strictEqual(server.listening, false);
  // A new connection is refused now.
  const late = net.connect(port);
  late.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNREFUSED');
    setImmediate(() => res.end('still answered'));
  }));
}));

let port;
server.listen(0, common.mustCall(() => {
  port = server.address().port;
  const socket = net.connect(port, common.mustCall(() => {
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  }));
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => {
    reply += chunk;
    if (!reply.endsWith('still answered')) return;
    assert.match(reply, /\r\nConnection: keep-alive\r\n/);
    clientGone = true;
    socket.end();
  });
}));
