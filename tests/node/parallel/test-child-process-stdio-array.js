'use strict';
// A stdio array mixes kinds; child.stdio mirrors it.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('sh', ['-c', 'echo out; echo err >&2'], { stdio: ['ignore', 'pipe', 'ignore'] });
assert.strictEqual(child.stdin, null);
assert.notStrictEqual(child.stdout, null);
assert.strictEqual(child.stderr, null);
assert.strictEqual(child.stdio[1], child.stdout);
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.on('close', common.mustCall(() => assert.strictEqual(out, 'out\n')));
