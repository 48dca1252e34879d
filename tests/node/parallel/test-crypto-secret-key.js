'use strict';
// createSecretKey: a KeyObject of bytes, usable as an HMAC key and a cipher key.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const key = crypto.createSecretKey(Buffer.alloc(16, 1));
assert.strictEqual(key.type, 'secret');
assert.strictEqual(key.symmetricKeySize, 16);
assert.strictEqual(key.asymmetricKeyType, undefined);
assert.deepStrictEqual(key.export(), Buffer.alloc(16, 1));
assert(key.equals(crypto.createSecretKey(Buffer.alloc(16, 1))));
assert(!key.equals(crypto.createSecretKey(Buffer.alloc(16, 2))));
assert.strictEqual(crypto.createHmac('sha1', key).digest('hex'),
                   crypto.createHmac('sha1', Buffer.alloc(16, 1)).digest('hex'));
const c = crypto.createCipheriv('aes-128-ecb', key, null);
assert.strictEqual(Buffer.concat([c.update('x'), c.final()]).length, 16);
assert.strictEqual(crypto.createSecretKey('abc', 'utf8').export().toString(), 'abc');
