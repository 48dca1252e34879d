'use strict';
// timingSafeEqual compares bytes of equal length, of any view.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.timingSafeEqual(Buffer.from('same'), Buffer.from('same')), true);
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('same'), Buffer.from('sama')), false);
assert.strictEqual(crypto.timingSafeEqual(new Uint8Array(0), new Uint8Array(0)), true);
assert.strictEqual(crypto.timingSafeEqual(new Uint32Array([1]), new Uint8Array([1, 0, 0, 0])), true);
assert.throws(() => crypto.timingSafeEqual(Buffer.alloc(2), Buffer.alloc(3)),
              { code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', name: 'RangeError' });
assert.throws(() => crypto.timingSafeEqual('ab', Buffer.alloc(2)), { code: 'ERR_INVALID_ARG_TYPE' });
