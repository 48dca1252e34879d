'use strict';
// A _write that calls back synchronously still delays the write callback to
// the next tick, and callbacks run in write order.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const order = [];
const w = new Writable({ write(chunk, enc, cb) { order.push(`write ${chunk}`); cb(); } });
w.write('1', common.mustCall((err) => {
  assert.strictEqual(err, null);
  order.push('cb 1');
}));
w.write('2', common.mustCall(() => order.push('cb 2')));
order.push('sync end');
process.nextTick(common.mustCall(() => {
  assert.deepStrictEqual(order, ['write 1', 'write 2', 'sync end', 'cb 1', 'cb 2']);
}));
