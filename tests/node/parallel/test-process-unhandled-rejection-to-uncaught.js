'use strict';
// Without an 'unhandledRejection' listener an unhandled rejection is thrown
// as an uncaught exception with the origin 'unhandledRejection'.
const common = require('../common');
const assert = require('assert');

process.on('uncaughtException', common.mustCall((error, origin) => {
  assert.strictEqual(error.message, 'nobody caught me');
  assert.strictEqual(origin, 'unhandledRejection');
}));
Promise.reject(new Error('nobody caught me'));
