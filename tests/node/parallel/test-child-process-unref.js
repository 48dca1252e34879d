'use strict';
// An unref()d child does not keep the parent alive.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('sleep', ['30'], { stdio: 'ignore' });
child.unref();
child.on('exit', common.mustNotCall());
process.on('exit', () => process.kill(child.pid));
