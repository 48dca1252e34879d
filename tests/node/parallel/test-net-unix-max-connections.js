'use strict';
// maxConnections on a Unix socket server: a connection over the limit is
// closed at once and reported by 'drop', with no addresses to give.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const net = require('net');

tmpdir.refresh();
const path = tmpdir.resolve('limited.sock');

const server = net.createServer(common.mustCall((socket) => {
  const second = net.connect(path);
  second.resume();
  second.on('close', common.mustCall(() => socket.end()));
}));
server.maxConnections = 1;
server.on('drop', common.mustCall((data) => assert.strictEqual(data, undefined)));
server.listen(path, common.mustCall(() => {
  const first = net.connect(path);
  first.resume();
  first.on('close', common.mustCall(() => server.close()));
}));
