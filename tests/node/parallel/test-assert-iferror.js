'use strict';
// assert.ifError passes on null and undefined and throws on anything else:
// an AssertionError naming the value.
require('../common');
const assert = require('assert');

assert.ifError(null);
assert.ifError(undefined);

const err = new Error('bad thing');
assert.throws(() => assert.ifError(err), (thrown) => {
  assert.ok(thrown instanceof assert.AssertionError);
  assert.strictEqual(thrown.code, 'ERR_ASSERTION');
  assert.strictEqual(thrown.operator, 'ifError');
  assert.strictEqual(thrown.actual, err);
  assert.strictEqual(thrown.expected, null);
  assert.strictEqual(thrown.generatedMessage, false);
  assert.strictEqual(thrown.message, 'ifError got unwanted exception: bad thing');
  return true;
});
assert.throws(() => assert.ifError('x'), { message: "ifError got unwanted exception: 'x'" });
assert.throws(() => assert.ifError(0), { message: 'ifError got unwanted exception: 0' });
assert.throws(() => assert.ifError(false), { message: 'ifError got unwanted exception: false' });
assert.throws(() => assert.ifError(new TypeError('')),
              { message: 'ifError got unwanted exception: TypeError' });
