'use strict';
// assert.throws(fn, object): each property of the object must match the
// error's, deeply; RegExp values are tested against string properties.
require('../common');
const assert = require('assert');

const thrower = () => {
  const err = new TypeError('wrong type');
  err.code = 'E_CODE';
  err.info = { deep: [1, 2] };
  throw err;
};
assert.throws(thrower, { name: 'TypeError', message: 'wrong type' });
assert.throws(thrower, { code: 'E_CODE', info: { deep: [1, 2] } });
assert.throws(thrower, { message: /wrong/, code: /^E_/ });
// An Error instance as expectation also checks name and message.
assert.throws(thrower, new TypeError('wrong type'));

assert.throws(() => assert.throws(thrower, { message: 'other' }), {
  code: 'ERR_ASSERTION',
  operator: 'throws',
  generatedMessage: true,
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
           "  Comparison {\n+   message: 'wrong type'\n-   message: 'other'\n  }",
});
assert.throws(() => assert.throws(thrower, { info: { deep: [1] } }), { operator: 'throws' });
assert.throws(() => assert.throws(thrower, { missing: 1 }), { operator: 'throws' });
