'use strict';
// a Hash can be digested once; update or digest after that throw.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const h = crypto.createHash('sha256');
h.digest();
assert.throws(() => h.digest(), { code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });
assert.throws(() => h.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
assert.throws(() => h.copy(), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
