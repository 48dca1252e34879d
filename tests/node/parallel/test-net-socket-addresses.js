'use strict';
// remoteAddress/remotePort/remoteFamily and localAddress/localPort/
// localFamily: undefined before the connection, then each end's local is the
// other end's remote.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.on('data', common.mustCall((port) => {
    assert.strictEqual(socket.remotePort, Number(port));
    assert.strictEqual(socket.remoteAddress, '127.0.0.1');
    assert.strictEqual(socket.remoteFamily, 'IPv4');
    assert.strictEqual(socket.localPort, server.address().port);
    assert.deepStrictEqual(socket.address(),
                           { address: '127.0.0.1', family: 'IPv4', port: socket.localPort });
    socket.end();
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  assert.strictEqual(client.remoteAddress, undefined);
  assert.strictEqual(client.localPort, undefined);
  assert.deepStrictEqual(client.address(), {});
  client.on('connect', common.mustCall(() => {
    assert.strictEqual(client.remotePort, server.address().port);
    assert.strictEqual(client.localAddress, '127.0.0.1');
    assert.strictEqual(client.localFamily, 'IPv4');
    client.write(String(client.localPort));
  }));
  client.resume();
  client.on('close', common.mustCall(() => server.close()));
}));
