'use strict';
// env replaces the environment; undefined values are left out.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('sh', ['-c', 'echo "$ALPHA-$BETA-${HOME:-none}"'],
                       { env: { ALPHA: 'a', BETA: undefined, PATH: process.env.PATH } });
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.on('close', common.mustCall(() => assert.strictEqual(out, 'a--none\n')));
