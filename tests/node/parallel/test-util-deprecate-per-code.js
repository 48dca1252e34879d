'use strict';
// util.deprecate: two wrappers that share a code warn once between them;
// wrappers without a code warn once each.
const common = require('../common');
const assert = require('assert');
const util = require('util');

const messages = [];
process.on('warning', common.mustCall((warning) => {
  messages.push(`${warning.code}: ${warning.message}`);
}, 3));

const a1 = util.deprecate(() => 'a1', 'first A', 'DEP_TEST_A');
const a2 = util.deprecate(() => 'a2', 'second A', 'DEP_TEST_A');
const n1 = util.deprecate(() => 'n1', 'first without code');
const n2 = util.deprecate(() => 'n2', 'second without code');
for (let i = 0; i < 3; i++) {
  a1(); a2(); n1(); n2();
}
// Warnings are emitted on a later tick.
assert.deepStrictEqual(messages, []);
process.on('exit', () => {
  assert.deepStrictEqual(messages, [
    'DEP_TEST_A: first A',
    'undefined: first without code',
    'undefined: second without code',
  ]);
});
