'use strict';
// GCM tag rules: getAuthTag after final only, tag lengths, authTagLength.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const key = Buffer.alloc(16);
const iv = Buffer.alloc(12);
const c = crypto.createCipheriv('aes-128-gcm', key, iv);
assert.throws(() => c.getAuthTag(), { code: 'ERR_CRYPTO_INVALID_STATE' });
assert.strictEqual(typeof c.setAuthTag, 'undefined');
c.final();
assert.strictEqual(c.getAuthTag().length, 16);
const d = crypto.createDecipheriv('aes-128-gcm', key, iv);
assert.throws(() => d.setAuthTag(Buffer.alloc(3)), {
  code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 3',
});
assert.throws(() => crypto.createCipheriv('aes-128-gcm', key, iv, { authTagLength: 7 }),
              { code: 'ERR_CRYPTO_INVALID_AUTH_TAG' });
const short = crypto.createCipheriv('aes-128-gcm', key, iv, { authTagLength: 8 });
short.final();
assert.strictEqual(short.getAuthTag().length, 8);
