'use strict';
// Without env the child inherits process.env, including changes.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
process.env.CHILD_PROCESS_TEST_VALUE = 'inherited';
const out = cp.execSync('echo $CHILD_PROCESS_TEST_VALUE', { encoding: 'utf8' });
assert.strictEqual(out, 'inherited\n');
