'use strict';
// A custom inspect method gets util.inspect itself as its third argument,
// so that it can print its parts without requiring util.
const common = require('../common');
const assert = require('assert');
const util = require('util');

const obj = {
  parts: [1, 2],
  [util.inspect.custom]: common.mustCall(function(depth, options, inspect) {
    assert.strictEqual(inspect, util.inspect);
    return `Parts<${inspect(this.parts, options)}>`;
  }),
};
assert.strictEqual(util.inspect(obj), 'Parts<[ 1, 2 ]>');
