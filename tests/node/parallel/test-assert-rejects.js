'use strict';
// assert.rejects awaits a promise (or a function returning one) and
// checks its rejection as assert.throws checks an error.
const common = require('../common');
const assert = require('assert');

assert.rejects(Promise.reject(new TypeError('t')), TypeError).then(common.mustCall());
assert.rejects(async () => { throw new Error('async'); }, { message: 'async' })
  .then(common.mustCall());
assert.rejects(() => Promise.reject(new Error('re')), /re/).then(common.mustCall());

assert.rejects(Promise.resolve(1)).then(common.mustNotCall(), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.operator, 'rejects');
  assert.strictEqual(err.message, 'Missing expected rejection.');
}));
assert.rejects(Promise.resolve(1), TypeError).then(common.mustNotCall(), common.mustCall((err) => {
  assert.strictEqual(err.message, 'Missing expected rejection (TypeError).');
}));
assert.rejects(Promise.reject(new Error('x')), TypeError)
  .then(common.mustNotCall(), common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    assert.match(err.message, /expected to be an instance of "TypeError"/);
  }));
// A function that does not return a promise is an error.
assert.rejects(() => 42).then(common.mustNotCall(), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_RETURN_VALUE');
}));
assert.rejects(42).then(common.mustNotCall(), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
}));
