'use strict';
// When a validation function returns false, the message shows the error
// that was caught (when it is an Error) and what the function returned.
require('../common');
const assert = require('assert');

assert.throws(() => assert.throws(() => { throw new Error('x'); }, function check() {
  return false;
}), {
  message: 'The "check" validation function is expected to return "true". Received false\n\n' +
           'Caught error:\n\nError: x',
});
assert.throws(() => assert.throws(() => { throw 'str'; }, () => 0), {  // eslint-disable-line no-throw-literal
  message: 'The validation function is expected to return "true". Received 0',
});
