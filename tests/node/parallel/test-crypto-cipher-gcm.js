'use strict';
// AES-GCM: AAD and tag round-trip; a changed byte fails authentication.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const key = Buffer.alloc(32, 7);
const iv = Buffer.alloc(12, 9);
const c = crypto.createCipheriv('aes-256-gcm', key, iv);
c.setAAD(Buffer.from('header'));
const enc = Buffer.concat([c.update('attack at dawn'), c.final()]);
const tag = c.getAuthTag();
assert.strictEqual(tag.length, 16);
assert.strictEqual(enc.length, 14);
const d = crypto.createDecipheriv('aes-256-gcm', key, iv);
d.setAAD(Buffer.from('header'));
d.setAuthTag(tag);
assert.strictEqual(Buffer.concat([d.update(enc), d.final()]).toString(), 'attack at dawn');
enc[0] ^= 1;
const bad = crypto.createDecipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from('header'));
bad.setAuthTag(tag);
bad.update(enc);
assert.throws(() => bad.final(), { message: 'Unsupported state or unable to authenticate data' });
