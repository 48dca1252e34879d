'use strict';
// assert.throws(fn, validate): a function that is not a class must return
// true for the error; anything else fails.
require('../common');
const assert = require('assert');

assert.throws(() => { throw new Error('v'); }, (err) => err.message === 'v');
assert.throws(() => { throw new Error('v'); }, function validate(err) {
  return err instanceof Error;
});

assert.throws(() => assert.throws(() => { throw new Error('x'); }, () => false), {
  code: 'ERR_ASSERTION',
  operator: 'throws',
  generatedMessage: true,
  message: /^The validation function is expected to return "true". Received false/,
});
assert.throws(() => assert.throws(() => { throw new Error('x'); }, function check() {}), {
  message: /^The "check" validation function is expected to return "true". Received undefined/,
});
// An error thrown by the validation function comes out as it is.
assert.throws(() => assert.throws(() => { throw new Error('x'); }, () => {
  throw new RangeError('from validate');
}), { name: 'RangeError', message: 'from validate' });
