'use strict';
// process.exit() ends the program without a 'beforeExit'; pending timers
// and immediates are dropped and nothing after the call runs.
const common = require('../common');
const assert = require('assert');

process.on('beforeExit', common.mustNotCall());
setTimeout(common.mustNotCall(), 1);
setImmediate(common.mustNotCall());
process.nextTick(common.mustNotCall());
process.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
process.exit();
assert.fail('unreachable after process.exit()');
