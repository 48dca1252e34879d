'use strict';
// A read() for more than highWaterMark raises the mark to the next power of
// two; more than 1 GiB is out of range.
require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ highWaterMark: 10, read() {} });
r.read(11);
assert.strictEqual(r.readableHighWaterMark, 16);
r.read(1000);
assert.strictEqual(r.readableHighWaterMark, 1024);
assert.throws(() => r.read(2 ** 30 + 1), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
