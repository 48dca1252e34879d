'use strict';
// 'close' waits for stdout to end even after 'exit'.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('sh', ['-c', 'echo a; echo b']);
const events = [];
child.stdout.on('data', (d) => events.push('data'));
child.stdout.on('end', () => events.push('end'));
child.on('exit', () => events.push('exit'));
child.on('close', common.mustCall(() => {
  assert.ok(events.includes('end'));
  assert.ok(events.includes('exit'));
}));
