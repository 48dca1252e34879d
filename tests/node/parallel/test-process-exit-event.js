'use strict';
// 'beforeExit' comes when the loop is empty and can keep it running;
// 'exit' comes once, with the exit code.
const common = require('../common');
const assert = require('assert');

let rounds = 0;
process.on('beforeExit', common.mustCall(() => {
  if (++rounds < 3) setImmediate(common.mustCall());
}, 3));
process.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(rounds, 3);
}));
