'use strict';
// A request the parser rejects gets the fixed "400 Bad Request" with
// Connection: close, and the server closes the connection.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustNotCall());
server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port);
  let answer = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { answer += chunk; });
  socket.on('close', common.mustCall(() => {
    assert.strictEqual(answer, 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    server.close();
  }));
  socket.write('GET / HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n');
}));
