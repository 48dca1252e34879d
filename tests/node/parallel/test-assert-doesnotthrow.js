'use strict';
// assert.doesNotThrow runs fn and fails if it throws.
require('../common');
const assert = require('assert');

assert.doesNotThrow(() => {});
assert.doesNotThrow(() => 42, 'message unused');

assert.throws(() => assert.doesNotThrow(() => { throw new Error('inner'); }), {
  code: 'ERR_ASSERTION',
  operator: 'doesNotThrow',
  message: 'Got unwanted exception.\nActual message: "inner"',
});
assert.throws(() => assert.doesNotThrow(() => { throw new Error('inner'); }, 'why'), {
  message: 'Got unwanted exception: why\nActual message: "inner"',
});
// With a class that does not match, the error itself goes through.
assert.throws(() => assert.doesNotThrow(() => { throw new TypeError('t'); }, RangeError), {
  name: 'TypeError',
  message: 't',
});
assert.throws(() => assert.doesNotThrow('not a function'), { code: 'ERR_INVALID_ARG_TYPE' });
