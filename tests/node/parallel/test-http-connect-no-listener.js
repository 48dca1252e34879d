'use strict';
// CONNECT is a tunnel request; a server with no 'connect' listener cannot
// serve one, so it destroys the socket without a word and the 'request'
// listener never sees it.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustNotCall());

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.write('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n');
  }));
  let reply = '';
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('error', () => {});  // a reset is as good as a close here
  socket.on('close', common.mustCall(() => {
    assert.strictEqual(reply, '');
    server.close();
  }));
}));
