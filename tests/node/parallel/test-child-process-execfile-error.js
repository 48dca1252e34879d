'use strict';
// A failing program gives Command failed with its arguments.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
cp.execFile('sh', ['-c', 'exit 4'], common.mustCall((err) => {
  assert.strictEqual(err.message, 'Command failed: sh -c exit 4\n');
  assert.strictEqual(err.code, 4);
  assert.strictEqual(err.cmd, 'sh -c exit 4');
}));
