'use strict';
// cwd sets the directory the child starts in.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const tmpdir = require('../common/tmpdir');
const fs = require('fs');
tmpdir.refresh();
const child = cp.spawn('pwd', { cwd: tmpdir.path });
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.on('close', common.mustCall(() => {
  assert.strictEqual(fs.realpathSync(out.trim()), fs.realpathSync(tmpdir.path));
}));
