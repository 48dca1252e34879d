'use strict';
// headersTimeout: a client that sends part of its headers and stops is
// answered 408 Request Timeout once the server's periodic check finds it.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer({
  headersTimeout: 100, requestTimeout: 200, connectionsCheckingInterval: 20,
}, common.mustNotCall());
assert.strictEqual(server.headersTimeout, 100);
assert.strictEqual(server.requestTimeout, 200);
server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port);
  let answer = '';
  socket.on('data', (chunk) => { answer += chunk; });
  socket.on('close', common.mustCall(() => {
    assert.strictEqual(answer, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    server.close();
  }));
  socket.write('GET / HTTP/1.1\r\nHost: x\r\n');
}));
