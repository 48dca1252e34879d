'use strict';
// ECDSA on P-256 with SHA-256: createSign/createVerify over streamed
// updates and the one-shot crypto.sign/verify agree; signatures are
// randomized (two differ) yet both verify; the wrong digest does not.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const data = Buffer.from('a message for ecdsa');

const signer = crypto.createSign('SHA256');
signer.update(data.subarray(0, 5));
signer.update(data.subarray(5));
const first = signer.sign(privateKey);
const second = crypto.sign('sha256', data, privateKey);
assert.notDeepStrictEqual(first, second);
for (const signature of [first, second]) {
  assert.strictEqual(crypto.verify('sha256', data, publicKey, signature), true);
  const verifier = crypto.createVerify('SHA256');
  verifier.update(data);
  assert.strictEqual(verifier.verify(publicKey, signature), true);
  assert.strictEqual(crypto.verify('sha384', data, publicKey, signature), false);
}
