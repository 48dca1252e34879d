'use strict';
// The socket file exists while the server listens and is removed when it
// closes, so the same path can be listened on again at once.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const fs = require('fs');
const net = require('net');

tmpdir.refresh();
const path = tmpdir.resolve('again.sock');

const server = net.createServer().listen(path, common.mustCall(() => {
  assert.strictEqual(fs.statSync(path).isSocket(), true);
  server.close(common.mustCall(() => {
    assert.strictEqual(fs.existsSync(path), false);
    const again = net.createServer().listen(path, common.mustCall(() => again.close()));
  }));
}));
