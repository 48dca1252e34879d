'use strict';
// util.format's %j lets any error of JSON.stringify other than a cycle
// through (a BigInt cannot be serialized).
require('../common');
const assert = require('assert');
const util = require('util');

assert.throws(() => util.format('%j', { big: 1n }), {
  name: 'TypeError',
  message: 'Do not know how to serialize a BigInt',
});
assert.throws(() => util.format('%j', { toJSON() { throw new RangeError('mine'); } }),
              { name: 'RangeError', message: 'mine' });
