'use strict';
// A program that does not exist is an 'error' event, worded as Node words it.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('no-such-program-here', ['x', 'y']);
child.on('spawn', common.mustNotCall());
child.on('exit', common.mustNotCall());
child.on('error', common.mustCall((err) => {
  assert.strictEqual(err.message, 'spawn no-such-program-here ENOENT');
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'spawn no-such-program-here');
  assert.strictEqual(err.path, 'no-such-program-here');
  assert.deepStrictEqual(err.spawnargs, ['x', 'y']);
}));
child.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(code, -2);
  assert.strictEqual(signal, null);
}));
