'use strict';
// emitWarning(message[, type[, code]]) makes an Error named after the type
// and emits it as 'warning' on a later tick, not during the call.
const common = require('../common');
const assert = require('assert');

const warnings = [];
process.on('warning', common.mustCall((warning) => warnings.push(warning), 2));
process.emitWarning('plain message');
process.emitWarning('typed message', 'CustomWarning', 'CODE_7');
assert.strictEqual(warnings.length, 0);
process.nextTick(common.mustCall(() => {
  const [plain, typed] = warnings;
  assert.ok(plain instanceof Error);
  assert.strictEqual(plain.name, 'Warning');
  assert.strictEqual(plain.message, 'plain message');
  assert.strictEqual(plain.code, undefined);
  assert.strictEqual(typed.name, 'CustomWarning');
  assert.strictEqual(typed.message, 'typed message');
  assert.strictEqual(typed.code, 'CODE_7');
}));
