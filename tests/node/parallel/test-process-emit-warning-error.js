'use strict';
// emitWarning(error) emits that very object; anything but a string or an
// Error, or a type or code that is not a string, is refused.
const common = require('../common');
const assert = require('assert');

const warning = new Error('an error object');
warning.name = 'ObjectWarning';
process.on('warning', common.mustCall((w) => assert.strictEqual(w, warning)));
process.emitWarning(warning);
for (const bad of [42, {}, null, undefined]) {
  assert.throws(() => process.emitWarning(bad), { code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => process.emitWarning('m', 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.emitWarning('m', 'T', 1), { code: 'ERR_INVALID_ARG_TYPE' });
