'use strict';
// scryptSync gives the RFC 7914 vectors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'),
                   '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442' +
                   'fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906');
assert.strictEqual(crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'),
                   'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162' +
                   '2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640');
