'use strict';
// kill() takes a signal by name or by number.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const a = cp.spawn('sleep', ['30']);
a.kill('SIGKILL');
a.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGKILL')));
const b = cp.spawn('sleep', ['30']);
b.kill(2);
b.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGINT')));
