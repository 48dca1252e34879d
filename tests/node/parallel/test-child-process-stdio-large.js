'use strict';
// 10 MiB through cat and back: the writes wait for the pipe (backpressure)
// and every byte arrives; spawnSync stops a large output at maxBuffer.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');

const child = cp.spawn('cat');
let received = 0;
child.stdout.on('data', (d) => { received += d.length; });
child.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(received, 160 * 65536);
}));
const chunk = Buffer.alloc(65536, 97);
let full = false;
for (let i = 0; i < 160; i++) {
  if (!child.stdin.write(chunk)) full = true;
}
assert.strictEqual(full, true);
child.stdin.end();

const r = cp.spawnSync('head', ['-c', '5000000', '/dev/zero']);
assert.strictEqual(r.error.code, 'ENOBUFS');
assert.ok(r.stdout.length >= 1024 * 1024);
assert.ok(r.stdout.length < 5000000);
const fits = cp.spawnSync('head', ['-c', '5000000', '/dev/zero'], { maxBuffer: 8 * 1024 * 1024 });
assert.strictEqual(fits.status, 0);
assert.strictEqual(fits.stdout.length, 5000000);
