'use strict';
// path.resolve reads the current directory at each call: after
// process.chdir it starts from the new one.
require('../common');
const assert = require('assert');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const before = process.cwd();
process.chdir(tmpdir.path);
try {
  const here = process.cwd();
  assert.strictEqual(path.resolve('file.txt'), path.join(here, 'file.txt'));
  assert.strictEqual(path.resolve('..'), path.dirname(here));
} finally {
  process.chdir(before);
}
assert.strictEqual(path.resolve('file.txt'), path.join(before, 'file.txt'));
