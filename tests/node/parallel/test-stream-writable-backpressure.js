'use strict';
// write() returns false at highWaterMark and 'drain' comes once the buffer
// is empty again; writableNeedDrain says the same.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({
  highWaterMark: 6,
  write: common.mustCall((chunk, enc, cb) => setImmediate(cb), 3),
});
assert.strictEqual(w.write('abc'), true);
assert.strictEqual(w.write('def'), false);
assert.strictEqual(w.writableNeedDrain, true);
assert.strictEqual(w.writableLength, 6);
assert.strictEqual(w.write('g'), false);
w.on('drain', common.mustCall(() => {
  assert.strictEqual(w.writableLength, 0);
  assert.strictEqual(w.writableNeedDrain, false);
  w.end();
}));
w.on('finish', common.mustCall());
