'use strict';
// An unknown signal name throws ERR_UNKNOWN_SIGNAL.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('sleep', ['30']);
assert.throws(() => child.kill('SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError' });
child.kill();
child.on('exit', common.mustCall());
