'use strict';
// generateKeyPairSync(rsa) gives a pair of the asked size and exponent that signs and verifies.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 3 });
assert.strictEqual(publicKey.type, 'public');
assert.strictEqual(privateKey.type, 'private');
assert.strictEqual(privateKey.asymmetricKeyType, 'rsa');
assert.deepStrictEqual(publicKey.asymmetricKeyDetails, { modulusLength: 1024, publicExponent: 3n });
const sig = crypto.sign('sha256', Buffer.from('msg'), privateKey);
assert.strictEqual(sig.length, 128);
assert(crypto.verify('sha256', Buffer.from('msg'), publicKey, sig));
assert(!crypto.verify('sha256', Buffer.from('msh'), publicKey, sig));
