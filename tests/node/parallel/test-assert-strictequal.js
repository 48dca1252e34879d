'use strict';
// assert.strictEqual uses Object.is; its message shows both values.
require('../common');
const assert = require('assert');

assert.strictEqual(1, 1);
assert.strictEqual(NaN, NaN);
assert.strictEqual('a', 'a');
const obj = {};
assert.strictEqual(obj, obj);

assert.throws(() => assert.strictEqual(1, 2), {
  name: 'AssertionError',
  code: 'ERR_ASSERTION',
  operator: 'strictEqual',
  actual: 1,
  expected: 2,
  generatedMessage: true,
  message: 'Expected values to be strictly equal:\n\n1 !== 2\n',
});
assert.throws(() => assert.strictEqual(1, '1'), {
  message: "Expected values to be strictly equal:\n\n1 !== '1'\n",
});
assert.throws(() => assert.strictEqual(0, -0), {
  message: 'Expected values to be strictly equal:\n+ actual - expected\n\n+ 0\n- -0',
});
assert.throws(() => assert.strictEqual({}, {}), {
  message: /^Values have same structure but are not reference-equal:/,
});
