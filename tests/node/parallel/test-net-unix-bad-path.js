'use strict';
// options.path must be a string: anything else is an argument error,
// thrown by connect() at once.
require('../common');
const assert = require('assert');
const net = require('net');

for (const path of [123, true, {}]) {
  assert.throws(() => net.connect({ path }), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
