'use strict';
// A setInterval callback is called with `this` the Timeout object, once per
// period, until clearInterval(this) from inside it.
const common = require('../common');
const assert = require('assert');

let count = 0;
const interval = setInterval(common.mustCall(function(a, b) {
  assert.strictEqual(this, interval);
  assert.deepStrictEqual([a, b], ['x', 2]);
  if (++count === 4) clearInterval(this);
}, 4), 1, 'x', 2);
