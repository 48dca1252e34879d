'use strict';
// encoding: 'buffer' gives Buffers.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
cp.exec('printf abc', { encoding: 'buffer' }, common.mustSucceed((stdout, stderr) => {
  assert.ok(Buffer.isBuffer(stdout));
  assert.deepStrictEqual(stdout, Buffer.from('abc'));
  assert.strictEqual(stderr.length, 0);
}));
