'use strict';
// fork() runs a script of this runtime with a message channel.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', (m) => process.send({ echo: m }));
  return;
}
const child = cp.fork(__filename, ['child']);
child.on('message', common.mustCall((m) => {
  assert.deepStrictEqual(m, { echo: { hello: [1, 'two', null] } });
  child.disconnect();
}));
child.send({ hello: [1, 'two', null] });
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
