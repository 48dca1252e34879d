'use strict';
// writeProcessing() sends a bare "102 Processing" interim response; the
// final response follows on the same connection.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  res.writeProcessing();
  setImmediate(() => res.end('done'));
}));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.end('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  }));
  let reply = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('end', common.mustCall(() => {
    assert.ok(reply.startsWith('HTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 200 OK\r\n'), reply);
    assert.ok(reply.endsWith('\r\n\r\ndone'));
    server.close();
  }));
}));
