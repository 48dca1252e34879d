'use strict';
// Writes wait until _construct calls back; then they go out in order.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

let ready = false;
const written = [];
const w = new Writable({
  construct: common.mustCall((cb) => setImmediate(() => {
    ready = true;
    cb();
  })),
  write(chunk, enc, cb) {
    assert.strictEqual(ready, true);
    written.push(chunk.toString());
    cb();
  },
});
w.write('a');
w.write('b');
w.end(common.mustCall(() => assert.deepStrictEqual(written, ['a', 'b'])));
