'use strict';
// disconnect() closes the channel: 'disconnect', then connected is false.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
if (process.argv[2] === 'child') {
  process.on('disconnect', () => process.exit(3));
  process.send('ready');
  return;
}
const child = cp.fork(__filename, ['child']);
child.on('message', common.mustCall(() => {
  assert.strictEqual(child.connected, true);
  child.disconnect();
  assert.strictEqual(child.connected, false);
  assert.throws(() => child.disconnect(), { code: 'ERR_IPC_DISCONNECTED' });
}));
child.on('disconnect', common.mustCall());
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 3)));
