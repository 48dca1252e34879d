'use strict';
// assert.doesNotReject resolves when the promise fulfils and rejects with
// an AssertionError when it rejects.
const common = require('../common');
const assert = require('assert');

assert.doesNotReject(Promise.resolve('fine')).then(common.mustCall((value) => {
  assert.strictEqual(value, undefined);
}));
assert.doesNotReject(async () => 'fine').then(common.mustCall());
assert.doesNotReject(Promise.reject(new Error('inner'))).then(common.mustNotCall(),
  common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    assert.strictEqual(err.operator, 'doesNotReject');
    assert.strictEqual(err.message, 'Got unwanted rejection.\nActual message: "inner"');
  }));
// A rejection that does not match the class given goes through as it is.
assert.doesNotReject(Promise.reject(new TypeError('t')), RangeError).then(common.mustNotCall(),
  common.mustCall((err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.message, 't');
  }));
assert.doesNotReject(() => 42).then(common.mustNotCall(), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_RETURN_VALUE');
  assert.strictEqual(err.message, 'Expected instance of Promise to be returned from the ' +
                                  '"promiseFn" function but got type number (42).');
}));
