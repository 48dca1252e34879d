'use strict';
// update takes strings, Buffers, typed arrays and DataViews, and nothing else.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const expected = crypto.createHash('sha256').update('abc').digest('hex');
const bytes = new Uint8Array([97, 98, 99]);
assert.strictEqual(crypto.createHash('sha256').update(bytes).digest('hex'), expected);
assert.strictEqual(crypto.createHash('sha256').update(new DataView(bytes.buffer)).digest('hex'), expected);
assert.strictEqual(crypto.createHash('sha256').update(Buffer.from('abc')).digest('hex'), expected);
for (const bad of [1, null, {}, true]) {
  assert.throws(() => crypto.createHash('sha256').update(bad), { code: 'ERR_INVALID_ARG_TYPE' });
}
