'use strict';
// An unref'd socket does not hold the process either: the server is
// closed and the connected client, unref'd, lets the program end.
const common = require('../common');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.on('data', common.mustNotCall());
  server.close();
  socket.unref();
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.on('data', common.mustNotCall());
  client.unref();
  client.on('connect', common.mustCall());
}));
