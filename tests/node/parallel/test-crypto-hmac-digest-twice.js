'use strict';
// a second hmac.digest() is empty; update after digest throws.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const h = crypto.createHmac('sha256', 'k');
assert.strictEqual(h.digest().length, 32);
assert.strictEqual(h.digest().length, 0);
assert.strictEqual(h.digest('hex'), '');
assert.throws(() => h.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
