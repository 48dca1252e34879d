'use strict';
// createHash gives the standard test vectors (FIPS 180, FIPS 202).
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const vectors = [
  ['md5', '', 'd41d8cd98f00b204e9800998ecf8427e'],
  ['sha1', 'abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
  ['sha256', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['sha3-256', '', 'a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a'],
  ['sha512', 'abc', 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
    '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f'],
];
for (const [alg, input, hex] of vectors) {
  assert.strictEqual(crypto.createHash(alg).update(input).digest('hex'), hex);
}
