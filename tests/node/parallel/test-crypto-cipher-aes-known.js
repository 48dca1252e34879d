'use strict';
// AES-128-CBC without padding matches the NIST SP 800-38A vector.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const key = Buffer.from('2b7e151628aed2a6abf7158809cf4f3c', 'hex');
const iv = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const plain = Buffer.from('6bc1bee22e409f96e93d7e117393172a', 'hex');
const c = crypto.createCipheriv('aes-128-cbc', key, iv).setAutoPadding(false);
assert.strictEqual(Buffer.concat([c.update(plain), c.final()]).toString('hex'),
                   '7649abac8119b246cee98e9b12e9197d');
