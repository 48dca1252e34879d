'use strict';
// A forked child runs process.execPath, and process.send exists only there.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
if (process.argv[2] === 'child') {
  process.send({ execPath: process.execPath, connected: process.connected });
  return;
}
assert.strictEqual(process.send, undefined);
assert.strictEqual(process.connected, undefined);
const child = cp.fork(__filename, ['child']);
child.on('message', common.mustCall((m) => {
  assert.strictEqual(m.execPath, process.execPath);
  assert.strictEqual(m.connected, true);
}));
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
