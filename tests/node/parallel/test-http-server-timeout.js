'use strict';
// server.setTimeout(ms, cb): a socket idle that long emits 'timeout' on the
// server, with the socket; the listener decides what happens to it.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustNotCall());
server.setTimeout(50, common.mustCall((socket) => {
  assert.ok(socket instanceof net.Socket);
  socket.destroy();
}));
assert.strictEqual(server.timeout, 50);
server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port);
  socket.on('close', common.mustCall(() => server.close()));
  socket.write('GET / HTTP/1.1\r\n');  // never finished
}));
