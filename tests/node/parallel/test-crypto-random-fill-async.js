'use strict';
// randomFill runs on the pool and hands back the same buffer.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const buf = Buffer.alloc(1 << 16);
crypto.randomFill(buf, common.mustSucceed((filled) => {
  assert.strictEqual(filled, buf);
  assert(buf.some((b) => b !== 0));
}));
const view = new DataView(new ArrayBuffer(10), 2, 6);
crypto.randomFill(view, 1, 2, common.mustSucceed((filled) => {
  assert.strictEqual(filled, view);
}));
assert.throws(() => crypto.randomFill(buf), { code: 'ERR_INVALID_ARG_TYPE' });
