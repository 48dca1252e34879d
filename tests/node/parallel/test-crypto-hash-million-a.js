'use strict';
// a million "a"s fed in pieces give FIPS 180's SHA-1 value.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const h = crypto.createHash('sha1');
const piece = 'a'.repeat(1000);
for (let i = 0; i < 1000; i++) h.update(piece);
assert.strictEqual(h.digest('hex'), '34aa973cd4c4daa4f61eeb2bdbad27316534016f');
