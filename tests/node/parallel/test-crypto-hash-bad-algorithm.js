'use strict';
// createHash refuses unknown and non-string algorithms.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

assert.throws(() => crypto.createHash('sha257'), { message: 'Digest method not supported' });
assert.throws(() => crypto.createHash(42), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => crypto.createHash(), { code: 'ERR_INVALID_ARG_TYPE' });
