'use strict';
// util.deprecate: the wrapper works like the function, and emits one
// DeprecationWarning, the first time it is called.
const common = require('../common');
const assert = require('assert');
const util = require('util');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.message, 'add() is deprecated');
  assert.strictEqual(warning.code, 'DEP_TEST_ADD');
}));

function add(a, b) { return a + b; }
const deprecatedAdd = util.deprecate(add, 'add() is deprecated', 'DEP_TEST_ADD');
assert.notStrictEqual(deprecatedAdd, add);
assert.strictEqual(deprecatedAdd(1, 2), 3);
assert.strictEqual(deprecatedAdd(3, 4), 7);

// `this` and `new` go through.
const obj = { x: 5, get: util.deprecate(function() { return this.x; }, 'get', 'DEP_TEST_ADD') };
assert.strictEqual(obj.get(), 5);
class Point { constructor(x) { this.x = x; } }
const DeprecatedPoint = util.deprecate(Point, 'Point', 'DEP_TEST_ADD');
const point = new DeprecatedPoint(3);
assert.strictEqual(point.x, 3);
assert.ok(point instanceof Point);
assert.throws(() => util.deprecate(add, 'm', 42), { code: 'ERR_INVALID_ARG_TYPE' });
