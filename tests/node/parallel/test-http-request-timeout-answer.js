'use strict';
// requestTimeout without a 'clientError' listener: a request whose body
// does not arrive in time is answered with a bare 408 and the socket is
// closed; the handler got the request (its head was complete) and its
// request is aborted.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer({
  requestTimeout: common.platformTimeout(300),
  headersTimeout: common.platformTimeout(300),
  connectionsCheckingInterval: 50,
}, common.mustCall((req, res) => {
  req.on('data', common.mustCall());
  req.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ECONNRESET')));
  req.on('close', common.mustCall());
}));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly a part');
  }));
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('close', common.mustCall(() => {
    assert.strictEqual(reply, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    server.close();
  }));
}));
