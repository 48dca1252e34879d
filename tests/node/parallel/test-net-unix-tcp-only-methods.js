'use strict';
// Nagle and keep-alive mean nothing on a Unix socket: setNoDelay and
// setKeepAlive do nothing and return the socket; resetAndDestroy, which
// needs a TCP RST, throws ERR_INVALID_HANDLE_TYPE.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const net = require('net');

tmpdir.refresh();
const path = tmpdir.resolve('tcp-only.sock');

const server = net.createServer((socket) => socket.resume());
server.listen(path, common.mustCall(() => {
  const client = net.connect(path, common.mustCall(() => {
    assert.strictEqual(client.setNoDelay(true), client);
    assert.strictEqual(client.setKeepAlive(true, 1000), client);
    assert.throws(() => client.resetAndDestroy(), { code: 'ERR_INVALID_HANDLE_TYPE' });
    client.end();
    client.on('close', common.mustCall(() => server.close()));
  }));
}));
