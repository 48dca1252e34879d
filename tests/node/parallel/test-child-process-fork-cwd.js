'use strict';
// fork() works from another cwd: the script path is absolute.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
if (process.argv[2] === 'child') {
  process.send(process.cwd());
  return;
}
const os = require('os');
const child = cp.fork(__filename, ['child'], { cwd: os.tmpdir() });
child.on('message', common.mustCall((cwd) => {
  assert.strictEqual(require('fs').realpathSync(cwd), require('fs').realpathSync(os.tmpdir()));
}));
