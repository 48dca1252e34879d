'use strict';
// hkdf/hkdfSync give RFC 5869 test case 1 as an ArrayBuffer, sync and on the pool.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const ikm = Buffer.alloc(22, 0x0b);
const salt = Buffer.from('000102030405060708090a0b0c', 'hex');
const info = Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex');
const okm = '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865';
const key = crypto.hkdfSync('sha256', ikm, salt, info, 42);
assert(key instanceof ArrayBuffer);
assert.strictEqual(Buffer.from(key).toString('hex'), okm);
crypto.hkdf('sha256', ikm, salt, info, 42, common.mustSucceed((k) => {
  assert.strictEqual(Buffer.from(k).toString('hex'), okm);
}));
assert.throws(() => crypto.hkdfSync('sha256', ikm, salt, info, 255 * 32 + 1), { code: 'ERR_CRYPTO_INVALID_KEYLEN' });
assert.throws(() => crypto.hkdfSync('nope', ikm, salt, info, 8), { code: 'ERR_CRYPTO_INVALID_DIGEST' });
