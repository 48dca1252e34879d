'use strict';
// Flags: --no-deprecation
// --no-deprecation sets process.noDeprecation: deprecation warnings are not
// emitted; other warnings are.
const common = require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(process.noDeprecation, true);
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'Warning');
}));
util.deprecate(() => {}, 'old', 'DEP0997')();
process.emitWarning('old too', 'DeprecationWarning');
process.emitWarning('a plain warning');
