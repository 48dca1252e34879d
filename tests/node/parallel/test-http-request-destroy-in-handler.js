'use strict';
// req.destroy() in the handler destroys the connection under it: nothing is
// sent, the client sees the connection end, and the response emits 'close'
// without ever finishing.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  res.on('finish', common.mustNotCall());
  res.on('close', common.mustCall());
  req.on('close', common.mustCall());
  req.destroy();
  assert.strictEqual(req.destroyed, true);
  assert.strictEqual(req.socket.destroyed, true);
}));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  }));
  let reply = '';
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('error', () => {});
  socket.on('close', common.mustCall(() => {
    assert.strictEqual(reply, '');
    server.close();
  }));
}));
