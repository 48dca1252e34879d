'use strict';
// getConnections counts the open Unix socket connections; the server's
// 'close' waits for the last of them.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const net = require('net');

tmpdir.refresh();
const path = tmpdir.resolve('many.sock');
const sockets = [];

const server = net.createServer(common.mustCall((socket) => {
  sockets.push(socket);
  if (sockets.length < 3) return;
  server.getConnections(common.mustSucceed((count) => {
    assert.strictEqual(count, 3);
    server.close(common.mustCall());
    for (const s of sockets) s.end();
  }));
}, 3));
server.listen(path, common.mustCall(() => {
  for (let i = 0; i < 3; i++) net.connect(path).resume();
}));
