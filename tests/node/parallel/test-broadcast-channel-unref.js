'use strict';
// An open BroadcastChannel keeps the process alive; unref() lets it end,
// and messages that arrive before the end are still delivered.
const common = require('../common');
const assert = require('assert');
const { BroadcastChannel } = require('worker_threads');

const a = new BroadcastChannel('quiet');
const b = new BroadcastChannel('quiet');
assert.strictEqual(a.unref(), a);
b.onmessage = common.mustCall(({ data }) => {
  assert.strictEqual(data, 'one');
  b.unref();
});
a.postMessage('one');
// Both unref'd, not closed: the process must still end.
process.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
