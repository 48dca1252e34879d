'use strict';
// ChaCha20-Poly1305 with AAD round-trips; the RFC 8439 2.8.2 tag checks out.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const key = Buffer.from('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f', 'hex');
const iv = Buffer.from('070000004041424344454647', 'hex');
const aad = Buffer.from('50515253c0c1c2c3c4c5c6c7', 'hex');
const text = "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.";
const c = crypto.createCipheriv('chacha20-poly1305', key, iv, { authTagLength: 16 });
c.setAAD(aad, { plaintextLength: text.length });
const enc = Buffer.concat([c.update(text), c.final()]);
assert.strictEqual(enc.subarray(0, 8).toString('hex'), 'd31a8d34648e60db');
assert.strictEqual(c.getAuthTag().toString('hex'), '1ae10b594f09e26a7e902ecbd0600691');
const d = crypto.createDecipheriv('chacha20-poly1305', key, iv, { authTagLength: 16 });
d.setAAD(aad, { plaintextLength: enc.length });
d.setAuthTag(c.getAuthTag());
assert.strictEqual(d.update(enc, undefined, 'utf8') + d.final('utf8'), text);
