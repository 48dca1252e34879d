'use strict';
// an HMAC key may be a string, bytes, an ArrayBuffer, a DataView; others are refused.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const expected = crypto.createHmac('sha1', 'key').update('m').digest('hex');
assert.strictEqual(crypto.createHmac('sha1', Buffer.from('key')).update('m').digest('hex'), expected);
assert.strictEqual(crypto.createHmac('sha1', new Uint8Array([107, 101, 121]).buffer).update('m').digest('hex'), expected);
assert.strictEqual(crypto.createHmac('sha1', new DataView(Buffer.from('key').buffer.slice(0))).update('m').digest().length, 20);
assert.throws(() => crypto.createHmac('sha1', 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createHmac('nope', 'k'), { code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope' });
assert.throws(() => crypto.createHmac(null, 'k'), { code: 'ERR_INVALID_ARG_TYPE' });
