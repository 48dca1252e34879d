'use strict';
// An error thrown by the main script itself goes to 'uncaughtException';
// callbacks scheduled before the throw still run.
const common = require('../common');
const assert = require('assert');

process.on('uncaughtException', common.mustCall((error, origin) => {
  assert.strictEqual(error.message, 'from the main script');
  assert.strictEqual(origin, 'uncaughtException');
}));
setImmediate(common.mustCall());
process.nextTick(common.mustCall());
throw new Error('from the main script');
