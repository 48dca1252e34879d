'use strict';
// Invalid chunks and encodings throw synchronously; typed arrays become
// Buffers.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({
  write: common.mustCall((chunk, enc, cb) => {
    assert.ok(Buffer.isBuffer(chunk));
    assert.strictEqual(enc, 'buffer');
    cb();
  }),
});
assert.throws(() => w.write(null), { code: 'ERR_STREAM_NULL_VALUES', name: 'TypeError' });
assert.throws(() => w.write(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => w.write('x', 'nope'), { code: 'ERR_UNKNOWN_ENCODING' });
w.write(new Uint8Array([1, 2]));
