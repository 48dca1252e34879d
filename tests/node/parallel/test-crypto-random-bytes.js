'use strict';
// randomBytes: sizes, the callback form on the pool, and its checks.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.randomBytes(0).length, 0);
assert.strictEqual(crypto.randomBytes(1000).length, 1000);
assert.notDeepStrictEqual(crypto.randomBytes(32), crypto.randomBytes(32));
let sync = true;
crypto.randomBytes(64, common.mustSucceed((buf) => {
  assert(!sync);
  assert(Buffer.isBuffer(buf));
  assert.strictEqual(buf.length, 64);
}));
sync = false;
assert.throws(() => crypto.randomBytes(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.randomBytes('8'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.randomBytes(2 ** 31), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.randomBytes(8, 'cb'), { code: 'ERR_INVALID_ARG_TYPE' });
