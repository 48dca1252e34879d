'use strict';
// requestTimeout: headers arrived in time but the body never completes;
// with a 'clientError' listener the error is ERR_HTTP_REQUEST_TIMEOUT.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer({
  headersTimeout: 50, requestTimeout: 100, connectionsCheckingInterval: 20,
}, common.mustCall((req) => req.resume()));
server.on('clientError', common.mustCall((err, socket) => {
  assert.strictEqual(err.code, 'ERR_HTTP_REQUEST_TIMEOUT');
  assert.strictEqual(err.message, 'Request timeout');
  socket.destroy();
}));
server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port);
  socket.on('close', common.mustCall(() => server.close()));
  socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc');
}));
