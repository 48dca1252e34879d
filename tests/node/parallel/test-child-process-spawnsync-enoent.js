'use strict';
// spawnSync() of a missing program returns the error, it does not throw.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const r = cp.spawnSync('no-such-program-sync', ['q']);
assert.strictEqual(r.error.code, 'ENOENT');
assert.strictEqual(r.error.message, 'spawnSync no-such-program-sync ENOENT');
assert.strictEqual(r.error.syscall, 'spawnSync no-such-program-sync');
assert.strictEqual(r.error.path, 'no-such-program-sync');
assert.deepStrictEqual(r.error.spawnargs, ['q']);
assert.strictEqual(r.status, null);
assert.strictEqual(r.output, null);
assert.strictEqual(r.pid, 0);
