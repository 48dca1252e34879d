'use strict';
// spawnSync() waits, and returns status, signal, output, stdout and stderr.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const r = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 5']);
assert.strictEqual(r.status, 5);
assert.strictEqual(r.signal, null);
assert.strictEqual(r.output[0], null);
assert.deepStrictEqual(r.stdout, Buffer.from('out\n'));
assert.deepStrictEqual(r.stderr, Buffer.from('err\n'));
assert.strictEqual(r.output[1], r.stdout);
assert.strictEqual(typeof r.pid, 'number');
assert.strictEqual(r.error, undefined);
