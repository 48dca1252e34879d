'use strict';
// RSA signatures with PSS padding verify only with PSS.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
const pss = { padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 20 };
const sig = crypto.sign('sha256', Buffer.from('m'), { key: privateKey, ...pss });
assert(crypto.verify('sha256', Buffer.from('m'), { key: publicKey, ...pss }, sig));
assert(!crypto.verify('sha256', Buffer.from('m'), publicKey, sig));
const pem = privateKey.export({ type: 'pkcs1', format: 'pem' });
assert.match(pem, /^-----BEGIN RSA PRIVATE KEY-----/);
const fromPem = crypto.sign('sha256', Buffer.from('m'), pem);
assert(crypto.verify('sha256', Buffer.from('m'), publicKey, fromPem));
