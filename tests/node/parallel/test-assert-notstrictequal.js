'use strict';
// assert.notStrictEqual fails on Object.is-equal values.
require('../common');
const assert = require('assert');

assert.notStrictEqual(1, '1');
assert.notStrictEqual(0, -0);
assert.notStrictEqual({}, {});

assert.throws(() => assert.notStrictEqual(1, 1), {
  code: 'ERR_ASSERTION',
  operator: 'notStrictEqual',
  actual: 1,
  expected: 1,
  generatedMessage: true,
  message: 'Expected "actual" to be strictly unequal to: 1',
});
assert.throws(() => assert.notStrictEqual(NaN, NaN), {
  message: 'Expected "actual" to be strictly unequal to: NaN',
});
assert.throws(() => assert.notStrictEqual('text', 'text'), {
  message: 'Expected "actual" to be strictly unequal to:\n\n\'text\'',  // longer than 5
});
const fn = () => {};
assert.throws(() => assert.notStrictEqual(fn, fn), {
  message: 'Expected "actual" not to be reference-equal to "expected":\n\n[Function: fn]',
});
const obj = { a: 1 };
assert.throws(() => assert.notStrictEqual(obj, obj), {
  message: 'Expected "actual" not to be reference-equal to "expected":\n\n{\n  a: 1\n}\n',
});
