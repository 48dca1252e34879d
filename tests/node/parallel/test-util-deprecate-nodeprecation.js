'use strict';
// With process.noDeprecation set, deprecated functions work silently.
const common = require('../common');
const assert = require('assert');
const util = require('util');

process.noDeprecation = true;
process.on('warning', common.mustNotCall());
const fn = util.deprecate(() => 'works', 'should not show', 'DEP_TEST_SILENT');
assert.strictEqual(fn(), 'works');
