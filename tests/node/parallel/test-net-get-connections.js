'use strict';
// getConnections counts accepted sockets (asynchronously); 'close' of the
// server waits for the last connection to go.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const sockets = [];
const server = net.createServer(common.mustCall((socket) => {
  sockets.push(socket);
  if (sockets.length < 3) return;
  let sync = true;
  server.getConnections(common.mustSucceed((count) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(count, 3);
    server.close(common.mustCall(() => assert.strictEqual(server._connections, 0)));
    for (const s of sockets) s.end();
  }));
  sync = false;
}, 3));
server.on('close', common.mustCall());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  for (let i = 0; i < 3; i++) net.connect(server.address().port, '127.0.0.1').resume();
}));
