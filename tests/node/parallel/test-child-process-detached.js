'use strict';
// A detached child leads its own process group.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('sh', ['-c', 'ps -o pgid= -p $$'], { detached: true });
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(Number(out.trim()), child.pid);
}));
