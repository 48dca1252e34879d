'use strict';
// setTimeout passes its extra arguments to the callback, which is called
// with `this` the Timeout object it returned.
const common = require('../common');
const assert = require('assert');

const timeout = setTimeout(common.mustCall(function(...args) {
  assert.strictEqual(this, timeout);
  assert.deepStrictEqual(args, [1, 'b', null]);
}), 1, 1, 'b', null);
setImmediate(common.mustCall((...args) => assert.deepStrictEqual(args, ['i', 9])), 'i', 9);
