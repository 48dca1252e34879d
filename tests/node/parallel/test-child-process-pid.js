'use strict';
// A running child has a pid; a failed one has none.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('true');
assert.strictEqual(typeof child.pid, 'number');
assert.ok(child.pid > 0);
child.on('exit', common.mustCall());
const failed = cp.spawn('no-such-program-for-pid');
assert.strictEqual(failed.pid, undefined);
failed.on('error', common.mustCall());
