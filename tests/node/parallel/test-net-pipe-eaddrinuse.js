'use strict';
// Listening on a path that is already a socket fails with EADDRINUSE,
// worded with the path (no port in the message, though the error has port -1).
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const net = require('net');

tmpdir.refresh();
const path = tmpdir.resolve('taken.sock');

const first = net.createServer().listen(path, common.mustCall(() => {
  const second = net.createServer();
  second.on('listening', common.mustNotCall());
  second.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, path);
    assert.strictEqual(err.port, -1);
    assert.strictEqual(typeof err.errno, 'number');
    assert.strictEqual(err.message, `listen EADDRINUSE: address already in use ${path}`);
    assert.strictEqual(second.listening, false);
    first.close();
  }));
  second.listen(path);
}));
