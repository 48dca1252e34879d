'use strict';
// 'beforeExit' and 'exit' get process.exitCode; an 'exit' listener can
// still change the code the process ends with (here back to 0).
const common = require('../common');
const assert = require('assert');

process.exitCode = 7;
process.on('beforeExit', common.mustCall((code) => assert.strictEqual(code, 7)));
process.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 7);
  assert.strictEqual(process.exitCode, 7);
  process.exitCode = 0;
}));
