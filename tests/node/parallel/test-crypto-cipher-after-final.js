'use strict';
// a cipher is done after final(): update and final again throw.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const c = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
c.final();
assert.throws(() => c.update('x'), { message: 'Trying to add data in unsupported state' });
assert.throws(() => c.final(), { code: 'ERR_CRYPTO_INVALID_STATE' });
assert.throws(() => c.setAutoPadding(false), { code: 'ERR_CRYPTO_INVALID_STATE' });
