'use strict';
// assert.throws(fn, RegExp): the regexp is tested on String(error).
require('../common');
const assert = require('assert');

assert.throws(() => { throw new Error('bad input'); }, /bad/);
assert.throws(() => { throw new TypeError('x'); }, /^TypeError: x$/);
assert.throws(() => { throw 'a string'; }, /string/);  // eslint-disable-line no-throw-literal

assert.throws(() => assert.throws(() => { throw new Error('x'); }, /y/), {
  code: 'ERR_ASSERTION',
  operator: 'throws',
  generatedMessage: true,
  message: "The input did not match the regular expression /y/. Input:\n\n'Error: x'\n",
});
