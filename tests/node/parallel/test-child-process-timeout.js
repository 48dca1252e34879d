'use strict';
// timeout kills the child with killSignal.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('sleep', ['30'], { timeout: 50, killSignal: 'SIGKILL' });
child.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGKILL');
  assert.strictEqual(child.killed, true);
}));
