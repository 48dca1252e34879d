'use strict';
// spawn() pipes the child's stdout back as a stream.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('echo', ['one', 'two']);
let out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(out, 'one two\n');
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
}));
