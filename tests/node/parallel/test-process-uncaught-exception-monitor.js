'use strict';
// 'uncaughtExceptionMonitor' sees an uncaught error before the
// 'uncaughtException' listeners, with the same origin.
const common = require('../common');
const assert = require('assert');

const order = [];
process.on('uncaughtExceptionMonitor', common.mustCall((error, origin) => {
  assert.strictEqual(error.message, 'watched');
  assert.strictEqual(origin, 'uncaughtException');
  order.push('monitor');
}));
process.on('uncaughtException', common.mustCall(() => order.push('handler')));
process.nextTick(() => { throw new Error('watched'); });
process.on('exit', common.mustCall(() => assert.deepStrictEqual(order, ['monitor', 'handler'])));
