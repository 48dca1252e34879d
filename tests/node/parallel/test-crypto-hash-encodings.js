'use strict';
// digest encodings and update input encodings agree with Buffer.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const raw = crypto.createHash('sha1').update('x').digest();
assert(Buffer.isBuffer(raw));
assert.strictEqual(raw.length, 20);
for (const enc of ['hex', 'base64', 'base64url', 'latin1']) {
  assert.strictEqual(crypto.createHash('sha1').update('x').digest(enc), raw.toString(enc));
}
assert.deepStrictEqual(crypto.createHash('sha1').update('x').digest('buffer'), raw);
const viaHex = crypto.createHash('md5').update('6869', 'hex').digest('hex');
assert.strictEqual(viaHex, crypto.createHash('md5').update('hi').digest('hex'));
const viaB64 = crypto.createHash('md5').update('aGk=', 'base64').digest('hex');
assert.strictEqual(viaB64, viaHex);
