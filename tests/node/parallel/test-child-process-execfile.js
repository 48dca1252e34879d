'use strict';
// execFile() runs a program without a shell.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
cp.execFile('echo', ['$HOME', '*'], common.mustSucceed((stdout) => {
  assert.strictEqual(stdout, '$HOME *\n');
}));
