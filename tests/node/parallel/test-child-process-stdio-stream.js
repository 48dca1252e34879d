'use strict';
// Another child's stdout can be a child's stdin.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const producer = cp.spawn('echo', ['piped through']);
const consumer = cp.spawn('tr', ['a-z', 'A-Z'], { stdio: [producer.stdout, 'pipe', 'pipe'] });
let out = '';
consumer.stdout.on('data', (d) => { out += d; });
consumer.on('close', common.mustCall(() => assert.strictEqual(out, 'PIPED THROUGH\n')));
