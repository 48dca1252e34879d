'use strict';
// execFileSync() returns stdout and throws spawn errors.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
assert.deepStrictEqual(cp.execFileSync('echo', ['a', 'b']), Buffer.from('a b\n'));
assert.throws(() => cp.execFileSync('no-such-program-efs'), {
  code: 'ENOENT', syscall: 'spawnSync no-such-program-efs',
});
assert.throws(() => cp.execFileSync('sh', ['-c', 'exit 9'], { stdio: 'ignore' }), {
  status: 9, message: 'Command failed: sh -c exit 9',
});
