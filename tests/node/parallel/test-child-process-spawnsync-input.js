'use strict';
// spawnSync() feeds input to the child and encodes the output.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const r = cp.spawnSync('tr', ['a-z', 'A-Z'], { input: 'shout\n', encoding: 'utf8' });
assert.strictEqual(r.stdout, 'SHOUT\n');
assert.strictEqual(r.stderr, '');
const big = Buffer.alloc(1 << 20, 'x');
const r2 = cp.spawnSync('wc', ['-c'], { input: big });
assert.strictEqual(r2.stdout.toString().trim(), String(1 << 20));
