'use strict';
// An error thrown from a timer goes to 'uncaughtException' with the origin
// 'uncaughtException'; the program goes on and exits with code 0.
const common = require('../common');
const assert = require('assert');

const failure = new Error('thrown from a timer');
process.on('uncaughtException', common.mustCall((error, origin) => {
  assert.strictEqual(error, failure);
  assert.strictEqual(origin, 'uncaughtException');
}));
setTimeout(common.mustCall(() => { throw failure; }), 1);
setTimeout(common.mustCall(), 2);
process.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
