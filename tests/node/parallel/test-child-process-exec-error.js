'use strict';
// A failing command gives an error with code, killed, signal and cmd.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
cp.exec('echo oops >&2; exit 3', common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.message, 'Command failed: echo oops >&2; exit 3\noops\n');
  assert.strictEqual(err.code, 3);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'echo oops >&2; exit 3');
  assert.strictEqual(stdout, '');
  assert.strictEqual(stderr, 'oops\n');
}));
