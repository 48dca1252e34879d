'use strict';
// SHA-3 (FIPS 202) by OpenSSL's names: the standard's known answers for
// the empty message and "abc", and the same digest fed in pieces.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const vectors = {
  'sha3-256': {
    '': 'a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a',
    'abc': '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532',
  },
  'sha3-224': {
    'abc': 'e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf',
  },
};
for (const [algorithm, answers] of Object.entries(vectors)) {
  for (const [input, hex] of Object.entries(answers)) {
    assert.strictEqual(crypto.createHash(algorithm).update(input).digest('hex'), hex);
    const pieces = crypto.createHash(algorithm);
    for (const ch of input) pieces.update(ch);
    assert.strictEqual(pieces.digest('hex'), hex);
  }
}
assert.ok(crypto.getHashes().includes('sha3-256'));
