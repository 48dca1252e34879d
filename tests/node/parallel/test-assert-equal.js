'use strict';
// assert.equal and notEqual compare with == (and NaN equals NaN).
require('../common');
const assert = require('assert');

assert.equal(1, '1');
assert.equal(null, undefined);
assert.equal(0, false);
assert.equal(NaN, NaN);
assert.notEqual(1, 2);
assert.notEqual(null, 0);
assert.notEqual({}, {});

assert.throws(() => assert.equal(1, 2), {
  code: 'ERR_ASSERTION',
  operator: '==',
  actual: 1,
  expected: 2,
  generatedMessage: true,
  message: '1 == 2',
});
assert.throws(() => assert.notEqual(1, '1'), {
  operator: '!=',
  message: "1 != '1'",
});
assert.throws(() => assert.notEqual(NaN, NaN), { operator: '!=' });
// Objects are printed one property per line.
assert.throws(() => assert.equal({ a: 1 }, 2), { message: '{\n  a: 1\n} == 2' });
