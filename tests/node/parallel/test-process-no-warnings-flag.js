'use strict';
// Flags: --no-warnings
// --no-warnings prints nothing, but 'warning' events are still emitted.
const common = require('../common');
const assert = require('assert');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.message, 'quiet');
}));
process.emitWarning('quiet');
assert.strictEqual(process.noDeprecation, undefined);
