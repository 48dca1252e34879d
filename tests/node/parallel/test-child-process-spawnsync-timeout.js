'use strict';
// spawnSync() with a timeout kills the child: ETIMEDOUT and the signal.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const r = cp.spawnSync('sleep', ['30'], { timeout: 50 });
assert.strictEqual(r.error.code, 'ETIMEDOUT');
assert.strictEqual(r.signal, 'SIGTERM');
assert.strictEqual(r.status, null);
const k = cp.spawnSync('sleep', ['30'], { timeout: 50, killSignal: 'SIGKILL' });
assert.strictEqual(k.signal, 'SIGKILL');
