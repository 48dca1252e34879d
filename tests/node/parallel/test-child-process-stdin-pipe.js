'use strict';
// What is written to stdin comes back from cat.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('cat');
let out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.stdin.write('hello ');
child.stdin.end('cat\n');
child.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(out, 'hello cat\n');
}));
