// Flags: --unhandled-rejections=warn
'use strict';
// In warn mode a rejection nobody handles is a warning, not an end: two
// UnhandledPromiseRejectionWarnings (the reason, then the advice with the
// rejection id), and a PromiseRejectionHandledWarning when handled later.
const common = require('../common');
const assert = require('assert');

const warnings = [];
process.on('warning', (warning) => warnings.push(`${warning.name}: ${warning.message}`));
const promise = Promise.reject(7);
setTimeout(common.mustCall(() => {
  promise.catch(() => {});
  setTimeout(common.mustCall(() => {
    assert.strictEqual(warnings.length, 3);
    assert.strictEqual(warnings[0], 'UnhandledPromiseRejectionWarning: 7');
    assert.match(warnings[1], /^UnhandledPromiseRejectionWarning: Unhandled promise rejection\. .*\(rejection id: 1\)$/);
    assert.strictEqual(warnings[2], 'PromiseRejectionHandledWarning: ' +
                       'Promise rejection was handled asynchronously (rejection id: 1)');
  }), 10);
}), 10);
