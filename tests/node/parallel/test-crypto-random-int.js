'use strict';
// randomInt stays in [min, max), reaches every value, and checks its range.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const seen = new Set();
for (let i = 0; i < 1000; i++) {
  const n = crypto.randomInt(-3, 3);
  assert(Number.isInteger(n) && n >= -3 && n < 3);
  seen.add(n);
}
assert.strictEqual(seen.size, 6);
assert.strictEqual(crypto.randomInt(1), 0);
assert(crypto.randomInt(2 ** 48 - 1) < 2 ** 48 - 1);
crypto.randomInt(10, 11, common.mustCall((err, n) => {
  assert.strictEqual(err, undefined);
  assert.strictEqual(n, 10);
}));
assert.throws(() => crypto.randomInt(5, 5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.randomInt(0.5, 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.randomInt(0, 2 ** 48 + 1), { code: 'ERR_OUT_OF_RANGE' });
