'use strict';
// IPv6 on ::1: the server and both ends of a connection report IPv6
// addresses; bytes flow as over IPv4.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  assert.strictEqual(socket.remoteAddress, '::1');
  assert.strictEqual(socket.remoteFamily, 'IPv6');
  socket.end('v6');
}));
server.listen(0, '::1', common.mustCall(() => {
  assert.deepStrictEqual(server.address(),
                         { address: '::1', family: 'IPv6', port: server.address().port });
  const client = net.connect({ port: server.address().port, host: '::1' }, common.mustCall(() => {
    assert.strictEqual(client.localAddress, '::1');
    assert.strictEqual(client.localFamily, 'IPv6');
  }));
  client.setEncoding('utf8');
  client.on('data', common.mustCall((text) => assert.strictEqual(text, 'v6')));
  client.on('close', common.mustCall(() => server.close()));
}));
