'use strict';
// keys survive export to PEM and DER and back, encrypted or not.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'pem' });
assert.match(pkcs8, /^-----BEGIN PRIVATE KEY-----\n/);
assert.match(privateKey.export({ type: 'sec1', format: 'pem' }), /^-----BEGIN EC PRIVATE KEY-----\n/);
const spki = publicKey.export({ type: 'spki', format: 'pem' });
assert.match(spki, /^-----BEGIN PUBLIC KEY-----\n/);
assert(crypto.createPrivateKey(pkcs8).equals(privateKey));
assert(crypto.createPublicKey(spki).equals(publicKey));
assert(crypto.createPublicKey(pkcs8).equals(publicKey));
const der = publicKey.export({ type: 'spki', format: 'der' });
assert(Buffer.isBuffer(der));
assert(crypto.createPublicKey({ key: der, format: 'der', type: 'spki' }).equals(publicKey));
const locked = privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'pw' });
assert.match(locked, /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
assert(crypto.createPrivateKey({ key: locked, passphrase: 'pw' }).equals(privateKey));
assert.throws(() => crypto.createPrivateKey({ key: locked, passphrase: 'nope' }));
assert.throws(() => crypto.createPrivateKey('not a key'));
assert.throws(() => publicKey.export(), { code: 'ERR_INVALID_ARG_TYPE' });
