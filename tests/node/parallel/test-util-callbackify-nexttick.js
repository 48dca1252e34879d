'use strict';
// util.callbackify calls back on a later tick, never synchronously, and an
// exception thrown by the callback is not turned into a rejection.
const common = require('../common');
const assert = require('assert');
const util = require('util');

const order = [];
util.callbackify(async () => 'v')(common.mustSucceed(() => {
  order.push('callback');
}));
order.push('after call');
Promise.resolve().then(common.mustCall(() => order.push('microtask')));
process.on('exit', () => {
  assert.deepStrictEqual(order, ['after call', 'microtask', 'callback']);
});

// A throwing callback reaches 'uncaughtException', not the promise.
process.on('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.message, 'from the callback');
}));
process.on('unhandledRejection', common.mustNotCall());
util.callbackify(async () => 1)(() => { throw new Error('from the callback'); });
