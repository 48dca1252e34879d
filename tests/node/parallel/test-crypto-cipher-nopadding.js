'use strict';
// without auto padding a partial block fails in final().
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const c = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
c.setAutoPadding(false);
c.update('short');
assert.throws(() => c.final(), {
  code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH',
  library: 'Provider routines',
  reason: 'wrong final block length',
});
