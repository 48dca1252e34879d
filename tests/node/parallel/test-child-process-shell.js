'use strict';
// shell: true runs the command through /bin/sh.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('echo $((6 * 7))', { shell: true });
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.on('close', common.mustCall(() => assert.strictEqual(out, '42\n')));
assert.deepStrictEqual(child.spawnargs, ['/bin/sh', '-c', 'echo $((6 * 7))']);
assert.strictEqual(child.spawnfile, '/bin/sh');
