'use strict';
// process.exit(code) sets process.exitCode and passes it to 'exit'; an
// 'exit' listener that sets exitCode decides the final code.
const common = require('../common');
const assert = require('assert');

process.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 4);
  assert.strictEqual(process.exitCode, 4);
  process.exitCode = 0;
}));
process.exitCode = 9;
process.exit(4);
