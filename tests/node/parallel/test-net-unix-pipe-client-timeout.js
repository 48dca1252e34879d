'use strict';
// setTimeout works on a Unix socket as on TCP: an idle client gets
// 'timeout' (and stays open until it is destroyed).
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const net = require('net');

tmpdir.refresh();
const path = tmpdir.resolve('idle.sock');

const server = net.createServer((socket) => socket.resume());
server.listen(path, common.mustCall(() => {
  const client = net.connect(path);
  client.setTimeout(30, common.mustCall(() => {
    assert.strictEqual(client.destroyed, false);
    client.destroy();
    server.close();
  }));
}));
