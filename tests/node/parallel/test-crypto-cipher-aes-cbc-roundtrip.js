'use strict';
// AES-CBC encrypts to whole blocks and decrypts back, for every length.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const key = Buffer.alloc(32, 1);
const iv = Buffer.alloc(16, 2);
for (let n = 0; n < 40; n++) {
  const text = Buffer.alloc(n, 'x');
  const c = crypto.createCipheriv('aes-256-cbc', key, iv);
  const enc = Buffer.concat([c.update(text), c.final()]);
  assert.strictEqual(enc.length, (Math.floor(n / 16) + 1) * 16);
  const d = crypto.createDecipheriv('aes-256-cbc', key, iv);
  assert.deepStrictEqual(Buffer.concat([d.update(enc), d.final()]), text);
}
