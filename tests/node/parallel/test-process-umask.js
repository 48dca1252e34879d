'use strict';
// process.umask(): read without changing, set from a number or an octal
// string, only the permission bits kept; Node's errors for the rest.
require('../common');
const assert = require('assert');

const original = process.umask(0o22);
assert.strictEqual(process.umask(), 0o22);
assert.strictEqual(process.umask(), 0o22);  // reading does not change it
assert.strictEqual(process.umask('0077'), 0o22);
assert.strictEqual(process.umask(undefined), 0o77);
assert.strictEqual(process.umask(0o10777), 0o77);
assert.strictEqual(process.umask(), 0o777);

assert.throws(() => process.umask('0o22'), { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
assert.throws(() => process.umask('8'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => process.umask({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.umask(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.umask(-1), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
assert.throws(() => process.umask(0.5), { code: 'ERR_OUT_OF_RANGE' });
process.umask(original);
