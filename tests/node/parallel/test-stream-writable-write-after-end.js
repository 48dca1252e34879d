'use strict';
// write() after end(): the callback gets ERR_STREAM_WRITE_AFTER_END, then
// the stream emits it as 'error', then 'close'.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({ write(chunk, enc, cb) { cb(); } });
w.end();
let cbFirst = false;
assert.strictEqual(w.write('x', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  cbFirst = true;
})), false);
w.on('error', common.mustCall((err) => {
  assert.strictEqual(cbFirst, true);
  assert.strictEqual(err.message, 'write after end');
}));
w.on('close', common.mustCall());
