'use strict';
// An fd number gives the child that very file.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const tmpdir = require('../common/tmpdir');
const fs = require('fs');
const path = require('path');
tmpdir.refresh();
const file = path.join(tmpdir.path, 'out.txt');
const fd = fs.openSync(file, 'w');
const child = cp.spawn('echo', ['into a file'], { stdio: ['ignore', fd, 'ignore'] });
child.on('close', common.mustCall((code) => {
  fs.closeSync(fd);
  assert.strictEqual(code, 0);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'into a file\n');
}));
