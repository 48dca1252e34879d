'use strict';
// util.isDeepStrictEqual compares prototypes and enumerable symbol keys;
// non-enumerable properties are ignored.
require('../common');
const assert = require('assert');
const { isDeepStrictEqual } = require('util');

class A { constructor() { this.x = 1; } }
class B { constructor() { this.x = 1; } }
assert.ok(isDeepStrictEqual(new A(), new A()));
assert.ok(!isDeepStrictEqual(new A(), new B()));
assert.ok(!isDeepStrictEqual(new A(), { x: 1 }));
assert.ok(!isDeepStrictEqual(Object.create(null), {}));
assert.ok(isDeepStrictEqual(Object.create(null), Object.create(null)));
assert.ok(!isDeepStrictEqual([], {}));
assert.ok(!isDeepStrictEqual((function() { return arguments; })(1), { 0: 1 }));

const sym = Symbol('k');
assert.ok(isDeepStrictEqual({ [sym]: 1 }, { [sym]: 1 }));
assert.ok(!isDeepStrictEqual({ [sym]: 1 }, { [sym]: 2 }));
assert.ok(!isDeepStrictEqual({ [sym]: 1 }, {}));
assert.ok(!isDeepStrictEqual({ [Symbol('k')]: 1 }, { [Symbol('k')]: 1 }));  // different symbols

const hidden = { a: 1 };
Object.defineProperty(hidden, 'secret', { value: 2, enumerable: false });
assert.ok(isDeepStrictEqual(hidden, { a: 1 }));
const hiddenSymbol = {};
Object.defineProperty(hiddenSymbol, sym, { value: 1, enumerable: false });
assert.ok(isDeepStrictEqual(hiddenSymbol, {}));

// Errors compare their message and name too, though not enumerable.
assert.ok(isDeepStrictEqual(new Error('a'), new Error('a')));
assert.ok(!isDeepStrictEqual(new Error('a'), new Error('b')));
assert.ok(!isDeepStrictEqual(new Error('a'), new TypeError('a')));
