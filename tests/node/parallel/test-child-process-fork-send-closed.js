'use strict';
// send() on a closed channel reports ERR_IPC_CHANNEL_CLOSED.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
if (process.argv[2] === 'child') return;
const child = cp.fork(__filename, ['child']);
child.on('exit', common.mustCall(() => {
  child.send('late', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
  }));
}));
