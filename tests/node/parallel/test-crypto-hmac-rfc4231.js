'use strict';
// createHmac gives the RFC 4231 HMAC-SHA-256/512 test vectors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const key = Buffer.alloc(20, 0x0b);
assert.strictEqual(crypto.createHmac('sha256', key).update('Hi There').digest('hex'),
                   'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7');
assert.strictEqual(crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex'),
                   '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
assert.strictEqual(
  crypto.createHmac('sha512', 'Jefe').update('what do ya want for nothing?').digest('hex'),
  '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737');
