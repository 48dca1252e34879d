'use strict';
// structuredClone copies deeply: Maps, Sets, Dates, RegExps, typed arrays,
// errors, BigInts, boxed primitives and cycles survive; the copy shares
// nothing with the original.
require('../common');
const assert = require('assert');

const original = {
  map: new Map([['k', { v: 1 }]]),
  set: new Set([1, 2]),
  date: new Date(1e12),
  regexp: /x+/gi,
  bytes: new Uint16Array([1, 2, 3]),
  big: 2n ** 70n,
  boxed: new String('s'),
  error: new TypeError('bad'),
};
original.self = original;
const copy = structuredClone(original);
assert.notStrictEqual(copy, original);
assert.strictEqual(copy.self, copy);
assert.deepStrictEqual(copy.map, original.map);
assert.notStrictEqual(copy.map.get('k'), original.map.get('k'));
assert.deepStrictEqual(copy.set, original.set);
assert.strictEqual(copy.date.getTime(), 1e12);
assert.strictEqual(copy.regexp.source, 'x+');
assert.strictEqual(copy.regexp.flags, 'gi');
assert.deepStrictEqual(copy.bytes, original.bytes);
assert.notStrictEqual(copy.bytes.buffer, original.bytes.buffer);
assert.strictEqual(copy.big, 2n ** 70n);
assert.strictEqual(copy.boxed.valueOf(), 's');
assert.ok(copy.error instanceof TypeError);
assert.strictEqual(copy.error.message, 'bad');
