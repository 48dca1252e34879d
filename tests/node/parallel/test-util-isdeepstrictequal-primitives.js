'use strict';
// util.isDeepStrictEqual compares primitives with Object.is: NaN equals
// NaN, 0 and -0 differ, and no type conversion happens.
require('../common');
const assert = require('assert');
const { isDeepStrictEqual } = require('util');

assert.strictEqual(isDeepStrictEqual(NaN, NaN), true);
assert.strictEqual(isDeepStrictEqual(0, -0), false);
assert.strictEqual(isDeepStrictEqual(-0, -0), true);
assert.strictEqual(isDeepStrictEqual(1, '1'), false);
assert.strictEqual(isDeepStrictEqual(null, undefined), false);
assert.strictEqual(isDeepStrictEqual([NaN], [NaN]), true);
assert.strictEqual(isDeepStrictEqual({ a: 0 }, { a: -0 }), false);
assert.strictEqual(isDeepStrictEqual([1, 2], [1, 2]), true);
assert.strictEqual(isDeepStrictEqual([1, 2], [2, 1]), false);
assert.strictEqual(isDeepStrictEqual({ a: 1, b: 2 }, { b: 2, a: 1 }), true);
assert.strictEqual(isDeepStrictEqual({ a: undefined }, {}), false);
assert.strictEqual(isDeepStrictEqual([1, , 3], [1, undefined, 3]), false);  // eslint-disable-line no-sparse-arrays
assert.strictEqual(isDeepStrictEqual(new Date(5), new Date(5)), true);
assert.strictEqual(isDeepStrictEqual(new Date(5), new Date(6)), false);
assert.strictEqual(isDeepStrictEqual(/a/g, /a/g), true);
assert.strictEqual(isDeepStrictEqual(/a/g, /a/i), false);
assert.strictEqual(isDeepStrictEqual(Object(1), Object(1)), true);
assert.strictEqual(isDeepStrictEqual(Object(1), Object(2)), false);
assert.strictEqual(isDeepStrictEqual(Object(1), 1), false);
assert.strictEqual(isDeepStrictEqual(1n, 1n), true);
