'use strict';
// A path that exists but where nobody listens (an ordinary file, or a
// socket file whose server is gone) refuses the connection: ECONNREFUSED.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const fs = require('fs');
const net = require('net');

tmpdir.refresh();
const path = tmpdir.resolve('plain-file');
fs.writeFileSync(path, 'not a socket');

net.connect(path).on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ECONNREFUSED');
  assert.strictEqual(err.syscall, 'connect');
  assert.strictEqual(err.message, `connect ECONNREFUSED ${path}`);
}));
