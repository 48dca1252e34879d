'use strict';
// A DeprecationWarning is dropped when process.noDeprecation is set; with
// process.throwDeprecation it is thrown on a later tick, as an uncaught
// exception, not at the caller.
const common = require('../common');
const assert = require('assert');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.message, 'heard');
}));
process.noDeprecation = true;
process.emitWarning('dropped', 'DeprecationWarning');
process.noDeprecation = false;

process.throwDeprecation = true;
let returned = false;
process.on('uncaughtException', common.mustCall((error) => {
  assert.strictEqual(returned, true);
  assert.strictEqual(error.name, 'DeprecationWarning');
  assert.strictEqual(error.message, 'thrown');
  assert.strictEqual(error.code, 'DEP0');
}));
process.emitWarning('thrown', 'DeprecationWarning', 'DEP0');
returned = true;
process.throwDeprecation = false;
process.emitWarning('heard', 'DeprecationWarning');
