'use strict';
// stderr is its own pipe.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('sh', ['-c', 'echo to-err >&2']);
let err = '';
child.stderr.on('data', (d) => { err += d; });
child.stdout.on('data', common.mustNotCall());
child.on('close', common.mustCall(() => assert.strictEqual(err, 'to-err\n')));
