'use strict';
// process.allowedNodeEnvironmentFlags: a Set nobody can change, whose has()
// accepts a flag as written on a command line.
require('../common');
const assert = require('assert');

const flags = process.allowedNodeEnvironmentFlags;
assert.ok(flags instanceof Set);
assert.strictEqual(flags, process.allowedNodeEnvironmentFlags);
for (const flag of ['--no-warnings', 'no_warnings', '--unhandled-rejections=strict',
                    '--input-type', '--trace-uncaught', '--stack-trace-limit=20']) {
  assert.strictEqual(flags.has(flag), true, flag);
}
for (const flag of ['--not-a-flag', '', '---no-warnings', 42, undefined]) {
  assert.strictEqual(flags.has(flag), false, String(flag));
}
const size = flags.size;
flags.add('--not-a-flag');
flags.delete('--no-warnings');
flags.clear();
assert.strictEqual(flags.size, size);
assert.strictEqual(flags.has('--no-warnings'), true);
for (const flag of flags) assert.strictEqual(flags.has(flag), true);
