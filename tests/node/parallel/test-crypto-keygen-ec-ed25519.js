'use strict';
// EC and Ed25519 pairs: curve details, ECDSA and Ed25519 signatures.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
assert.strictEqual(ec.privateKey.asymmetricKeyType, 'ec');
assert.deepStrictEqual(ec.publicKey.asymmetricKeyDetails, { namedCurve: 'prime256v1' });
const s = crypto.createSign('SHA256').update('part one, ').update('part two').sign(ec.privateKey);
assert(crypto.createVerify('SHA256').update('part one, part two').verify(ec.publicKey, s));
const ed = crypto.generateKeyPairSync('ed25519');
const sig = crypto.sign(null, Buffer.from('x'), ed.privateKey);
assert.strictEqual(sig.length, 64);
assert.deepStrictEqual(crypto.sign(null, Buffer.from('x'), ed.privateKey), sig);
assert(crypto.verify(null, Buffer.from('x'), ed.publicKey, sig));
