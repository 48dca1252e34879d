'use strict';
// process.hrtime(time): time must be an Array of two numbers.
require('../common');
const assert = require('assert');

for (const length of [0, 1, 3]) {
  assert.throws(() => process.hrtime(new Array(length).fill(0)), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: `The value of "time" is out of range. It must be 2. Received ${length}`,
  });
}
for (const value of [1, 'a', {}, null]) {
  assert.throws(() => process.hrtime(value), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
const start = process.hrtime();
const [seconds, nanoseconds] = process.hrtime(start);
assert.ok(seconds >= 0 && nanoseconds >= 0 && nanoseconds < 1e9);
