'use strict';
// 'ignore' leaves no stream on the parent's side.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('echo', ['x'], { stdio: 'ignore' });
assert.strictEqual(child.stdin, null);
assert.strictEqual(child.stdout, null);
assert.strictEqual(child.stderr, null);
assert.deepStrictEqual(child.stdio, [null, null, null]);
child.on('close', common.mustCall((code) => assert.strictEqual(code, 0)));
