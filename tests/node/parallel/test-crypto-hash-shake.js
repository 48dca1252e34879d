'use strict';
// shake128/256 are XOFs: outputLength picks how many bytes come out.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.createHash('shake256').digest().length, 32);
assert.strictEqual(crypto.createHash('shake128').digest().length, 16);
const long = crypto.createHash('shake256', { outputLength: 64 }).update('x').digest();
const short = crypto.createHash('shake256', { outputLength: 10 }).update('x').digest();
assert.strictEqual(long.length, 64);
assert.deepStrictEqual(short, long.subarray(0, 10));
assert.strictEqual(crypto.createHash('shake256', { outputLength: 0 }).digest().length, 0);
