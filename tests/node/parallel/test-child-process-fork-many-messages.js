'use strict';
// Many messages arrive in order, whatever the pipe's chunking.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
if (process.argv[2] === 'child') {
  let n = 0;
  process.on('message', (m) => {
    assert.strictEqual(m.i, n++);
    if (n === 2000) process.send({ done: n, text: m.text.length });
  });
  return;
}
const child = cp.fork(__filename, ['child']);
const text = 'x'.repeat(1000);
for (let i = 0; i < 2000; i++) child.send({ i, text });
child.on('message', common.mustCall((m) => {
  assert.deepStrictEqual(m, { done: 2000, text: 1000 });
  child.disconnect();
}));
