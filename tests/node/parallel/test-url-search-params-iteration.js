'use strict';
// Iterators are live (they see pairs appended while iterating) and
// forEach passes (value, name, params) with thisArg.
const common = require('../common');
const assert = require('assert');
const params = new URLSearchParams('a=1&b=2');
const seen = [];
for (const [name, value] of params) {
  seen.push(`${name}=${value}`);
  if (name === 'a') params.append('c', '3');
}
assert.deepStrictEqual(seen, ['a=1', 'b=2', 'c=3']);
assert.deepStrictEqual([...params.keys()], ['a', 'b', 'c']);
assert.deepStrictEqual([...params.values()], ['1', '2', '3']);
const self = {};
params.forEach(common.mustCall(function(value, name, object) {
  assert.strictEqual(this, self);
  assert.strictEqual(object, params);
  assert.strictEqual(params.get(name), value);
}, 3), self);
assert.throws(() => params.forEach(), { code: 'ERR_INVALID_ARG_TYPE' });
const iterator = params.entries();
assert.strictEqual(Object.prototype.toString.call(iterator), '[object URLSearchParams Iterator]');
