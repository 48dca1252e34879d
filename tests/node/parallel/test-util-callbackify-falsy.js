'use strict';
// util.callbackify: a promise rejected with a falsy reason calls back with
// an Error (code ERR_FALSY_VALUE_REJECTION) whose `reason` is that value.
const common = require('../common');
const assert = require('assert');
const util = require('util');

for (const reason of [null, undefined, 0, '', false, NaN]) {
  util.callbackify(() => Promise.reject(reason))(common.mustCall((err) => {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
    assert.strictEqual(err.message, 'Promise was rejected with falsy value');
    assert.ok(Object.is(err.reason, reason));
  }));
}
// A truthy non-Error reason is passed as it is.
util.callbackify(() => Promise.reject(42))(common.mustCall((err) => {
  assert.strictEqual(err, 42);
}));
