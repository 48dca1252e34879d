'use strict';
// silent: true pipes the forked child's stdout to the parent.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
if (process.argv[2] === 'child') {
  console.log('from the child');
  return;
}
const child = cp.fork(__filename, ['child'], { silent: true });
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(out, 'from the child\n');
}));
