'use strict';
// A file that is not executable fails with EACCES.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const tmpdir = require('../common/tmpdir');
const fs = require('fs');
const path = require('path');
tmpdir.refresh();
const file = path.join(tmpdir.path, 'not-executable');
fs.writeFileSync(file, 'echo hi\n', { mode: 0o644 });
const child = cp.spawn(file);
child.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'EACCES');
  assert.strictEqual(err.syscall, `spawn ${file}`);
}));
