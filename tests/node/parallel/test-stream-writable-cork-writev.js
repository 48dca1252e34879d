'use strict';
// Writes made while corked reach _writev together when uncorked as many
// times as corked.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({
  write: common.mustNotCall(),
  writev: common.mustCall((chunks, cb) => {
    assert.deepStrictEqual(chunks.map((c) => c.chunk.toString()), ['a', 'b', 'c']);
    cb();
  }),
});
w.cork();
w.cork();
w.write('a');
w.write('b');
w.write('c', common.mustCall());
assert.strictEqual(w.writableCorked, 2);
w.uncork();
assert.strictEqual(w.writableLength, 3);
w.uncork();
assert.strictEqual(w.writableCorked, 0);
assert.strictEqual(w.writableLength, 0);
