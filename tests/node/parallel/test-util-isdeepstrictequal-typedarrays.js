'use strict';
// util.isDeepStrictEqual on typed arrays and buffers: same type, same
// length, same elements (floats compared as numbers).
require('../common');
const assert = require('assert');
const { isDeepStrictEqual } = require('util');

assert.ok(isDeepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2])));
assert.ok(!isDeepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
assert.ok(!isDeepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0])));
assert.ok(!isDeepStrictEqual(new Uint8Array([1]), new Int8Array([1])));
assert.ok(!isDeepStrictEqual(new Uint8Array([1]), [1]));
assert.ok(!isDeepStrictEqual(new Float64Array([0]), new Float64Array([-0])));
assert.ok(isDeepStrictEqual(new Float32Array([NaN]), new Float32Array([NaN])));
assert.ok(isDeepStrictEqual(new BigInt64Array([1n]), new BigInt64Array([1n])));
// A view over part of a buffer compares its own bytes only.
const big = new Uint8Array([9, 1, 2, 9]);
assert.ok(isDeepStrictEqual(new Uint8Array(big.buffer, 1, 2), new Uint8Array([1, 2])));
assert.ok(isDeepStrictEqual(new ArrayBuffer(2), new ArrayBuffer(2)));
assert.ok(!isDeepStrictEqual(new ArrayBuffer(2), new ArrayBuffer(3)));
assert.ok(isDeepStrictEqual(Buffer.from('abc'), Buffer.from('abc')));
assert.ok(!isDeepStrictEqual(Buffer.from('abc'), new Uint8Array([97, 98, 99])));
const dv1 = new DataView(new ArrayBuffer(2));
const dv2 = new DataView(new ArrayBuffer(2));
assert.ok(isDeepStrictEqual(dv1, dv2));
dv2.setUint8(0, 1);
assert.ok(!isDeepStrictEqual(dv1, dv2));
