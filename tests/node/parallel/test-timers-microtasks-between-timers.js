'use strict';
// Microtasks and ticks run after each timer callback, before the next
// timer's, even when the timers are due together.
const common = require('../common');
const assert = require('assert');

const order = [];
setTimeout(common.mustCall(() => {
  order.push('timer 1');
  Promise.resolve().then(() => order.push('promise of 1'));
  process.nextTick(() => order.push('tick of 1'));
}), 2);
setTimeout(common.mustCall(() => order.push('timer 2')), 2);
process.on('exit', () => {
  assert.deepStrictEqual(order, ['timer 1', 'tick of 1', 'promise of 1', 'timer 2']);
});
