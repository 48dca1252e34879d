'use strict';
// assert() and assert.ok pass on truthy values; on a falsy one the
// AssertionError quotes the call, or says no value was passed.
require('../common');
const assert = require('assert');

for (const value of [true, 1, 'x', {}, [], -1, Symbol('s')]) {
  assert(value);
  assert.ok(value);
}
assert.throws(() => assert.ok(0), {
  name: 'AssertionError',
  code: 'ERR_ASSERTION',
  operator: '==',
  actual: 0,
  expected: true,
  generatedMessage: true,
  message: 'The expression evaluated to a falsy value:\n\n  assert.ok(0)\n',
});
assert.throws(() => assert(''), {
  message: "The expression evaluated to a falsy value:\n\n  assert('')\n",
});
assert.throws(() => assert.ok(), {
  message: 'No value argument passed to `assert.ok()`',
  generatedMessage: true,
});
assert.throws(() => assert(null, 'was null'), {
  message: 'was null',
  generatedMessage: false,
  actual: null,
});
