'use strict';
// update/final encode their output, keeping characters split across calls whole.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const key = Buffer.alloc(16, 3);
const iv = Buffer.alloc(16, 4);
const text = '\u00e9t\u00e9 \u20ac\u{1F600} caf\u00e9';
const c = crypto.createCipheriv('aes-128-ctr', key, iv);
const hex = c.update(text, 'utf8', 'hex') + c.final('hex');
const d = crypto.createDecipheriv('aes-128-ctr', key, iv);
let out = '';
const bytes = Buffer.from(hex, 'hex');
for (const b of bytes) out += d.update(Buffer.from([b]), undefined, 'utf8');
out += d.final('utf8');
assert.strictEqual(out, text);
const b64 = crypto.createCipheriv('aes-128-ctr', key, iv);
assert.strictEqual(b64.update(text, 'utf8', 'base64') + b64.final('base64'), bytes.toString('base64'));
