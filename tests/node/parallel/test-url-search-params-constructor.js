'use strict';
// URLSearchParams accepts a string (with or without ?), a record, or
// an iterable of pairs; malformed pairs throw.
require('../common');
const assert = require('assert');
assert.strictEqual(new URLSearchParams('?a=1&b').toString(), 'a=1&b=');
assert.strictEqual(new URLSearchParams({ a: 1, b: [2, 3] }).toString(), 'a=1&b=2%2C3');
assert.strictEqual(new URLSearchParams([['a', 1], ['a', 2]]).getAll('a').join(), '1,2');
assert.strictEqual(new URLSearchParams(new Map([['k', 'v']])).get('k'), 'v');
function* pairs() { yield ['g', 'h']; }
assert.strictEqual(new URLSearchParams(pairs()).toString(), 'g=h');
const original = new URLSearchParams('x=1');
const copy = new URLSearchParams(original);
copy.append('y', 2);
assert.strictEqual(original.toString(), 'x=1');
assert.throws(() => new URLSearchParams([['a']]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams([5]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams({ [Symbol.iterator]: 1 }), { code: 'ERR_ARG_NOT_ITERABLE' });
