'use strict';
// AES-128-GCM matches the GCM specification's test case 2 and 3.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const zero = Buffer.alloc(16);
const c = crypto.createCipheriv('aes-128-gcm', zero, Buffer.alloc(12));
const enc = Buffer.concat([c.update(zero), c.final()]);
assert.strictEqual(enc.toString('hex'), '0388dace60b6a392f328c2b971b2fe78');
assert.strictEqual(c.getAuthTag().toString('hex'), 'ab6e47d42cec13bdf53a67b21257bddf');
const e = crypto.createCipheriv('aes-128-gcm', zero, Buffer.alloc(12));
e.final();
assert.strictEqual(e.getAuthTag().toString('hex'), '58e2fccefa7e3061367f1d57a4e7455a');
