'use strict';
// assert.fail throws an AssertionError with the message given, or
// 'Failed'; an Error given as the message is thrown as it is.
require('../common');
const assert = require('assert');

assert.throws(() => assert.fail(), {
  name: 'AssertionError',
  code: 'ERR_ASSERTION',
  operator: 'fail',
  message: 'Failed',
  generatedMessage: true,
});
assert.throws(() => assert.fail('boom'), {
  message: 'boom',
  operator: 'fail',
  generatedMessage: false,
  actual: undefined,
  expected: undefined,
});
const mine = new TypeError('mine');
assert.throws(() => assert.fail(mine), (err) => err === mine);
