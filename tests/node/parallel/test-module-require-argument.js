'use strict';
// require() takes a non-empty string only.
require('../common');
const assert = require('assert');

for (const bad of [undefined, null, 42, {}, ['fs']]) {
  assert.throws(() => require(bad), { code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => require(''), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => require.resolve(42), { code: 'ERR_INVALID_ARG_TYPE' });
