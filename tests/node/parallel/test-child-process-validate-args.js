'use strict';
// spawn() checks its arguments with Node's errors.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
assert.throws(() => cp.spawn(42), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn(''), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.spawn('true', 'not-an-array'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('true', [], { cwd: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('tr\u0000ue'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.spawn('true', [], { timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
