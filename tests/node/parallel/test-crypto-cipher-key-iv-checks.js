'use strict';
// createCipheriv checks the cipher name, key length and IV length.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

assert.throws(() => crypto.createCipheriv('aes-999', Buffer.alloc(16), Buffer.alloc(16)),
              { code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher' });
assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), Buffer.alloc(16)),
              { code: 'ERR_CRYPTO_INVALID_KEYLEN', name: 'RangeError' });
assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(8)),
              { code: 'ERR_CRYPTO_INVALID_IV', name: 'TypeError' });
assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), null),
              { code: 'ERR_CRYPTO_INVALID_IV' });
assert.throws(() => crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(0)),
              { code: 'ERR_CRYPTO_INVALID_IV' });
assert.throws(() => crypto.createCipheriv('aes-128-cbc', {}, Buffer.alloc(16)),
              { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createCipheriv(1, Buffer.alloc(16), Buffer.alloc(16)),
              { code: 'ERR_INVALID_ARG_TYPE' });
crypto.createCipheriv('aes-128-ecb', Buffer.alloc(16), null);
crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(64));
