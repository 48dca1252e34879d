'use strict';
// assert.throws(fn, Class): the error must be an instance of the class.
require('../common');
const assert = require('assert');

assert.throws(() => { throw new TypeError('t'); }, TypeError);
assert.throws(() => { throw new TypeError('t'); }, Error);
class MyError extends Error {}
assert.throws(() => { throw new MyError('m'); }, MyError);

assert.throws(() => assert.throws(() => { throw new Error('plain'); }, TypeError), {
  code: 'ERR_ASSERTION',
  operator: 'throws',
  generatedMessage: true,
  message: 'The error is expected to be an instance of "TypeError". Received "Error"\n\n' +
           'Error message:\n\nplain',
});
assert.throws(() => assert.throws(() => {}, TypeError), {
  code: 'ERR_ASSERTION',
  operator: 'throws',
  expected: TypeError,
  actual: undefined,
  message: 'Missing expected exception (TypeError).',
});
assert.throws(() => assert.throws(() => {}), { message: 'Missing expected exception.' });
assert.throws(() => assert.throws(() => {}, 'what I wanted'), {
  message: 'Missing expected exception: what I wanted',
});
