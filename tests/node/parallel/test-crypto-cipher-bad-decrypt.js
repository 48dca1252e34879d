'use strict';
// decrypting with the wrong key fails as OpenSSL's bad decrypt.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const iv = Buffer.alloc(16);
const c = crypto.createCipheriv('aes-256-cbc', Buffer.alloc(32, 1), iv);
const enc = Buffer.concat([c.update('some secret text'), c.final()]);
const d = crypto.createDecipheriv('aes-256-cbc', Buffer.alloc(32, 2), iv);
d.update(enc);
assert.throws(() => d.final(), (err) => {
  assert.strictEqual(err.code, 'ERR_OSSL_BAD_DECRYPT');
  assert.match(err.message, /bad decrypt/);
  return true;
});
