'use strict';
// Ed25519 signatures: crypto.sign/verify with a null digest, a 64-byte
// signature, deterministic (the same message signs the same), and any
// change to message or signature fails verification.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
assert.strictEqual(privateKey.asymmetricKeyType, 'ed25519');
const message = Buffer.from('signed by ed25519');
const signature = crypto.sign(null, message, privateKey);
assert.strictEqual(signature.length, 64);
assert.deepStrictEqual(crypto.sign(null, message, privateKey), signature);
assert.strictEqual(crypto.verify(null, message, publicKey, signature), true);
const changed = Buffer.from(message);
changed[0] ^= 1;
assert.strictEqual(crypto.verify(null, changed, publicKey, signature), false);
const broken = Buffer.from(signature);
broken[63] ^= 0x80;
assert.strictEqual(crypto.verify(null, message, publicKey, broken), false);
// The other key of a new pair does not verify it.
const other = crypto.generateKeyPairSync('ed25519').publicKey;
assert.strictEqual(crypto.verify(null, message, other, signature), false);
