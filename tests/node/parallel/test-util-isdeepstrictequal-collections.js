'use strict';
// util.isDeepStrictEqual on Maps and Sets: order does not matter, object
// members are matched by deep equality, primitives by SameValueZero.
require('../common');
const assert = require('assert');
const { isDeepStrictEqual } = require('util');

assert.ok(isDeepStrictEqual(new Set([1, 2, 3]), new Set([3, 2, 1])));
assert.ok(!isDeepStrictEqual(new Set([1, 2]), new Set([1, 2, 3])));
assert.ok(!isDeepStrictEqual(new Set([1]), new Set(['1'])));
assert.ok(isDeepStrictEqual(new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])));
assert.ok(!isDeepStrictEqual(new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }])));
assert.ok(isDeepStrictEqual(new Set([NaN]), new Set([NaN])));
assert.ok(isDeepStrictEqual(new Set([[1], [1]]), new Set([[1], [1]])));

assert.ok(isDeepStrictEqual(new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']])));
assert.ok(!isDeepStrictEqual(new Map([[1, 'a']]), new Map([[1, 'b']])));
assert.ok(!isDeepStrictEqual(new Map([[1, 'a']]), new Map([['1', 'a']])));
assert.ok(isDeepStrictEqual(new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])));
assert.ok(!isDeepStrictEqual(new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 2 }, 'v']])));
assert.ok(isDeepStrictEqual(new Map([[1, { deep: [1] }]]), new Map([[1, { deep: [1] }]])));

assert.ok(!isDeepStrictEqual(new Map(), new Set()));
assert.ok(!isDeepStrictEqual(new Set(), {}));
// Extra own properties on a collection count too.
const tagged = new Set([1]);
tagged.tag = 'x';
assert.ok(!isDeepStrictEqual(tagged, new Set([1])));
// Weak collections' contents cannot be seen: they compare by own keys only.
assert.ok(isDeepStrictEqual(new WeakMap([[{}, 1]]), new WeakMap()));
assert.ok(isDeepStrictEqual(new WeakSet(), new WeakSet()));
const weak = new WeakMap();
weak.extra = 1;
assert.ok(!isDeepStrictEqual(weak, new WeakMap()));
assert.ok(!isDeepStrictEqual(new WeakMap(), new WeakSet()));
