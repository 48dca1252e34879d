'use strict';
// randomFillSync fills only the asked range, in elements for typed arrays.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const buf = Buffer.alloc(64);
crypto.randomFillSync(buf, 16, 32);
assert(buf.subarray(0, 16).every((b) => b === 0));
assert(buf.subarray(48).every((b) => b === 0));
assert(buf.subarray(16, 48).some((b) => b !== 0));
const words = new Uint32Array(16);
crypto.randomFillSync(words, 4, 4);
assert(words.subarray(0, 4).every((w) => w === 0));
assert(words.subarray(8).every((w) => w === 0));
const ab = new ArrayBuffer(32);
assert.strictEqual(crypto.randomFillSync(ab), ab);
assert.throws(() => crypto.randomFillSync(buf, 65), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.randomFillSync(buf, 60, 8), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.randomFillSync([1, 2]), { code: 'ERR_INVALID_ARG_TYPE' });
