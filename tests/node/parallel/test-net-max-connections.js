'use strict';
// maxConnections: a connection over the limit is closed at once and
// reported with 'drop'; the one under the limit is served.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  const extra = net.connect(server.address().port, '127.0.0.1');
  extra.resume();
  extra.on('close', common.mustCall(() => socket.end('served')));
}));
server.maxConnections = 1;
server.on('drop', common.mustCall((data) => {
  assert.strictEqual(data.localAddress, '127.0.0.1');
  assert.strictEqual(data.localPort, server.address().port);
  assert.strictEqual(data.remoteFamily, 'IPv4');
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const first = net.connect(server.address().port, '127.0.0.1');
  first.setEncoding('utf8');
  first.on('data', common.mustCall((text) => assert.strictEqual(text, 'served')));
  first.on('close', common.mustCall(() => server.close()));
}));
