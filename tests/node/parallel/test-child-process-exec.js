'use strict';
// exec() runs a shell command and hands back its output.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
cp.exec('echo out; echo err >&2', common.mustSucceed((stdout, stderr) => {
  assert.strictEqual(stdout, 'out\n');
  assert.strictEqual(stderr, 'err\n');
}));
