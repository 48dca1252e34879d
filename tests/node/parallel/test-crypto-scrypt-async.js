'use strict';
// scrypt on the pool matches scryptSync; its options and their aliases are checked.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

crypto.scrypt('pw', 'salt', 32, { cost: 1024 }, common.mustSucceed((key) => {
  assert.deepStrictEqual(key, crypto.scryptSync('pw', 'salt', 32, { N: 1024 }));
}));
crypto.scrypt('pw', 'salt', 16, common.mustSucceed((key) => assert.strictEqual(key.length, 16)));
assert.throws(() => crypto.scryptSync('pw', 'salt', 16, { N: 3 }),
              { code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', message: 'Invalid scrypt params' });
assert.throws(() => crypto.scryptSync('pw', 'salt', 16, { N: 1024, maxmem: 1024 }),
              { code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', message: /memory limit exceeded/ });
assert.throws(() => crypto.scryptSync('pw', 'salt', -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.scrypt('pw', 'salt', 16, {}), { code: 'ERR_INVALID_ARG_TYPE' });
