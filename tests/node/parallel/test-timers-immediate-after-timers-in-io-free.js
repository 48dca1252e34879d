'use strict';
// From a timer callback, a setImmediate runs before a setTimeout(0) made at
// the same time: the loop goes from timers to immediates before it comes
// back to timers.
const common = require('../common');
const assert = require('assert');

const order = [];
setTimeout(common.mustCall(() => {
  setTimeout(common.mustCall(() => order.push('timeout')), 0);
  setImmediate(common.mustCall(() => order.push('immediate')));
}), 1);
process.on('exit', () => assert.deepStrictEqual(order, ['immediate', 'timeout']));
