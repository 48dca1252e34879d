'use strict';
// util.promisify: a callback-last function becomes one that returns a
// promise of the callback's value, rejected with the callback's error.
const common = require('../common');
const assert = require('assert');
const util = require('util');

function addLater(a, b, callback) {
  process.nextTick(callback, null, a + b);
}
function failLater(message, callback) {
  process.nextTick(callback, new Error(message));
}
const add = util.promisify(addLater);
assert.strictEqual(typeof add, 'function');
add(2, 3).then(common.mustCall((sum) => assert.strictEqual(sum, 5)));
assert.rejects(util.promisify(failLater)('nope'), { message: 'nope' }).then(common.mustCall());

// Only the first value after the error is kept.
util.promisify((cb) => cb(null, 'a', 'b'))().then(common.mustCall((value) => {
  assert.strictEqual(value, 'a');
}));
// A function that throws synchronously gives a rejected promise.
util.promisify(() => { throw new TypeError('sync'); })().then(
  common.mustNotCall(), common.mustCall((err) => assert.strictEqual(err.message, 'sync')));

// Promisifying a promisified function gives it back.
assert.strictEqual(util.promisify(add), add);
for (const bad of [undefined, null, 1, 'f', {}]) {
  assert.throws(() => util.promisify(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "original" argument must be of type function/,
  });
}
