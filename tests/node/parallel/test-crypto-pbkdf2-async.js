'use strict';
// pbkdf2 runs on the pool: the loop goes on meanwhile; the key matches the sync one.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

let ticks = 0;
const timer = setInterval(() => ticks++, 1);
crypto.pbkdf2('secret', 'salt', 200000, 32, 'sha256', common.mustSucceed((key) => {
  clearInterval(timer);
  assert(Buffer.isBuffer(key));
  assert.deepStrictEqual(key, crypto.pbkdf2Sync('secret', 'salt', 200000, 32, 'sha256'));
}));
assert.throws(() => crypto.pbkdf2Sync('p', 's', 1, 16, 'md55'), { code: 'ERR_CRYPTO_INVALID_DIGEST' });
assert.throws(() => crypto.pbkdf2Sync('p', 's', 0, 16, 'sha1'), { code: 'ERR_OUT_OF_RANGE' });
