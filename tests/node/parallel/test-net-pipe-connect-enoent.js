'use strict';
// Connecting to a path where nothing is fails with ENOENT, asynchronously,
// as an 'error' worded `connect ENOENT <path>`, then 'close' with hadError.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const net = require('net');

tmpdir.refresh();
const path = tmpdir.resolve('nothing-here.sock');

let sync = true;
const client = net.connect({ path });
client.on('connect', common.mustNotCall());
client.on('error', common.mustCall((err) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'connect');
  assert.strictEqual(err.address, path);
  assert.strictEqual('port' in err, false);
  assert.strictEqual(err.message, `connect ENOENT ${path}`);
}));
client.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, true)));
sync = false;
