'use strict';
// process.exit() called from an 'exit' listener ends the program at once
// with its code, without emitting 'exit' again: later listeners do not run.
const common = require('../common');

process.exitCode = 1;  // stays 1 unless the first listener runs
process.on('exit', common.mustCall(() => {
  process.exit(0);
}));
process.on('exit', common.mustNotCall());
