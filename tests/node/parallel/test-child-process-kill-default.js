'use strict';
// kill() sends SIGTERM; the child ends by that signal.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('sleep', ['30']);
assert.strictEqual(child.killed, false);
assert.strictEqual(child.kill(), true);
assert.strictEqual(child.killed, true);
child.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGTERM');
  assert.strictEqual(child.signalCode, 'SIGTERM');
}));
