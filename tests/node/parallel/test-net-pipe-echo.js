'use strict';
// A Unix domain socket carries bytes both ways as a TCP socket does: the
// client's message comes back whole, then both sides end and close.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const net = require('net');

tmpdir.refresh();
const path = tmpdir.resolve('echo.sock');

const server = net.createServer(common.mustCall((socket) => {
  socket.pipe(socket);
}));
server.listen(path, common.mustCall(() => {
  const client = net.connect(path);
  const parts = [];
  client.on('connect', common.mustCall(() => client.end('over a unix socket')));
  client.on('data', (chunk) => parts.push(chunk));
  client.on('end', common.mustCall(() => {
    assert.strictEqual(Buffer.concat(parts).toString(), 'over a unix socket');
  }));
  client.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    server.close(common.mustCall());
  }));
}));
