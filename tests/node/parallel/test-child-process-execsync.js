'use strict';
// execSync() returns stdout; a failure throws with status and stderr.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
assert.strictEqual(cp.execSync('echo sync', { encoding: 'utf8' }), 'sync\n');
assert.throws(() => cp.execSync('echo bad >&2; exit 2', { stdio: 'pipe' }), (err) => {
  assert.strictEqual(err.message, 'Command failed: echo bad >&2; exit 2\nbad\n');
  assert.strictEqual(err.status, 2);
  assert.strictEqual(err.signal, null);
  assert.deepStrictEqual(err.stderr, Buffer.from('bad\n'));
  assert.deepStrictEqual(err.stdout, Buffer.from(''));
  return true;
});
