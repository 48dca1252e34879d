'use strict';
// An AbortSignal kills the child and reports an AbortError.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const controller = new AbortController();
const child = cp.spawn('sleep', ['30'], { signal: controller.signal });
child.on('error', common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
}));
child.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGTERM')));
setTimeout(() => controller.abort(), 10);
