'use strict';
// After a callback, the nextTick queue empties before promise reactions; a
// tick queued by a promise reaction runs after the current reactions.
const common = require('../common');
const assert = require('assert');

const order = [];
Promise.resolve().then(() => {
  order.push('promise 1');
  process.nextTick(() => order.push('tick from promise'));
});
process.nextTick(() => {
  order.push('tick 1');
  process.nextTick(() => order.push('tick from tick'));
});
Promise.resolve().then(() => order.push('promise 2'));
queueMicrotask(() => order.push('microtask'));
process.nextTick(() => order.push('tick 2'));
setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(order, [
    'tick 1', 'tick 2', 'tick from tick',
    'promise 1', 'promise 2', 'microtask',
    'tick from promise',
  ]);
}));
