'use strict';
// process.nextTick passes its extra arguments to the callback, runs ticks
// in order, and refuses a callback that is not a function.
const common = require('../common');
const assert = require('assert');

const order = [];
process.nextTick(common.mustCall((a, b) => order.push([a, b])), 'x', 'y');
process.nextTick(common.mustCall(() => order.push('second')));
assert.throws(() => process.nextTick('not a function'), { code: 'ERR_INVALID_ARG_TYPE' });
setImmediate(common.mustCall(() => assert.deepStrictEqual(order, [['x', 'y'], 'second'])));
