'use strict';
// getHashes lists names createHash accepts, sorted, with RSA aliases.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const hashes = crypto.getHashes();
assert(Array.isArray(hashes));
for (const name of ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'RSA-SHA256', 'shake256']) {
  assert(hashes.includes(name), name);
}
assert.deepStrictEqual([...hashes].sort(), hashes);
for (const name of hashes) crypto.createHash(name).update('x').digest();
hashes.push('mutated');
assert(!crypto.getHashes().includes('mutated'));
