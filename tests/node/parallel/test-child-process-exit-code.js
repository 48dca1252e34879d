'use strict';
// The child's exit code reaches 'exit' and exitCode.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('sh', ['-c', 'exit 7']);
child.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, 7);
  assert.strictEqual(signal, null);
  assert.strictEqual(child.exitCode, 7);
  assert.strictEqual(child.signalCode, null);
}));
