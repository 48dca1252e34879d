'use strict';
// spawnSync() stops at maxBuffer with ENOBUFS.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const r = cp.spawnSync('yes', { maxBuffer: 100 });
assert.strictEqual(r.error.code, 'ENOBUFS');
assert.strictEqual(r.signal, 'SIGTERM');
