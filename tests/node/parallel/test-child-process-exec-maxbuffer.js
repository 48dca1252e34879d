'use strict';
// Output beyond maxBuffer ends the child with ERR_CHILD_PROCESS_STDIO_MAXBUFFER.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
cp.exec('yes | head -c 100000', { maxBuffer: 10 }, common.mustCall((err, stdout) => {
  assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
  assert.strictEqual(err.name, 'RangeError');
  assert.strictEqual(stdout, 'y\ny\ny\ny\ny\n');
}));
