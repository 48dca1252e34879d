'use strict';
// _final runs after the last write and before 'finish'; an end() callback
// comes just before 'finish'.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const order = [];
const w = new Writable({
  write(chunk, enc, cb) { order.push('write'); cb(); },
  final: common.mustCall((cb) => {
    order.push('final');
    setImmediate(cb);
  }),
});
w.on('prefinish', () => order.push('prefinish'));
w.on('finish', common.mustCall(() => order.push('finish')));
w.on('close', common.mustCall(() => {
  assert.deepStrictEqual(order, ['write', 'final', 'prefinish', 'end cb', 'finish']);
}));
w.end('x', common.mustCall(() => order.push('end cb')));
assert.strictEqual(w.writableEnded, true);
assert.strictEqual(w.writableFinished, false);
