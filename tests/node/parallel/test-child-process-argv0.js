'use strict';
// argv0 is what the child sees as its own name.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('sh', ['-c', 'echo $0'], { argv0: 'renamed' });
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.on('close', common.mustCall(() => assert.strictEqual(out, 'renamed\n')));
