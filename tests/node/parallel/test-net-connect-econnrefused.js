'use strict';
// Connecting to a port nobody listens on: 'error' with ECONNREFUSED as
// Node words it, then 'close' with hadError true; never 'connect'.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const probe = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = probe.address();
  probe.close(common.mustCall(() => {
    const socket = net.connect(port, '127.0.0.1');
    socket.on('connect', common.mustNotCall());
    socket.on('error', common.mustCall((err) => {
      assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.syscall, 'connect');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      assert.ok(err.errno < 0);
    }));
    socket.on('close', common.mustCall((hadError) => {
      assert.strictEqual(hadError, true);
      assert.strictEqual(socket.destroyed, true);
    }));
  }));
}));
