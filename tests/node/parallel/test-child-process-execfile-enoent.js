'use strict';
// execFile() of a missing program calls back with the spawn error.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
cp.execFile('no-such-program-exec', ['a'], common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message, 'spawn no-such-program-exec ENOENT');
  assert.strictEqual(err.cmd, 'no-such-program-exec a');
  assert.strictEqual(stdout, '');
  assert.strictEqual(stderr, '');
}));
