'use strict';
// require("crypto") offers the API this stage builds, as functions and classes.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

for (const name of ['createHash', 'createHmac', 'createCipheriv', 'createDecipheriv', 'randomBytes',
  'randomFill', 'randomFillSync', 'randomInt', 'randomUUID', 'pbkdf2', 'pbkdf2Sync', 'scrypt',
  'scryptSync', 'hkdf', 'hkdfSync', 'timingSafeEqual', 'getHashes', 'getCiphers',
  'getCipherInfo', 'getRandomValues']) {
  assert.strictEqual(typeof crypto[name], 'function', name);
}
assert.strictEqual(require('node:crypto'), crypto);
assert(crypto.createHash('md5') instanceof crypto.Hash);
assert(crypto.Hash('md5') instanceof crypto.Hash);
assert(crypto.createHmac('md5', 'k') instanceof crypto.Hmac);
assert(crypto.createCipheriv('aes-128-ecb', Buffer.alloc(16), null) instanceof crypto.Cipheriv);
assert.strictEqual(typeof crypto.webcrypto.getRandomValues, 'function');
