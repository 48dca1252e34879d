'use strict';
// generateKeyPair runs on the pool and calls back with (err, publicKey, privateKey).
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

let sync = true;
crypto.generateKeyPair('rsa', { modulusLength: 1024 }, common.mustSucceed((publicKey, privateKey) => {
  assert(!sync);
  assert.strictEqual(publicKey.asymmetricKeyDetails.modulusLength, 1024);
  assert(crypto.createPublicKey(privateKey).equals(publicKey));
}));
crypto.generateKeyPair('ed25519', common.mustSucceed((publicKey, privateKey) => {
  assert.strictEqual(privateKey.asymmetricKeyType, 'ed25519');
}));
sync = false;
assert.throws(() => crypto.generateKeyPair('rsa', { modulusLength: 1024 }), { code: 'ERR_INVALID_ARG_TYPE' });
