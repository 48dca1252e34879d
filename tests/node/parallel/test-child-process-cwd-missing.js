'use strict';
// A cwd that does not exist is an ENOENT error event.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('true', { cwd: '/no/such/directory/here' });
child.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'spawn true');
}));
