'use strict';
// util.getSystemErrorName maps a negative libuv error number to its name.
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.getSystemErrorName(-2), 'ENOENT');  // Linux numbers
assert.strictEqual(util.getSystemErrorName(-13), 'EACCES');
assert.strictEqual(util.getSystemErrorName(-4095), 'EOF');

for (const bad of ['ENOENT', null, undefined, {}]) {
  assert.throws(() => util.getSystemErrorName(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
// Not a negative integer: out of range.
for (const bad of [2, 0, 1.5]) {
  assert.throws(() => util.getSystemErrorName(bad), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
  });
}
