'use strict';
// A promisified function called as a method gets the same `this`, and it
// keeps the original's own properties.
const common = require('../common');
const assert = require('assert');
const util = require('util');

const counter = {
  count: 41,
  increment(callback) { callback(null, ++this.count); },
};
counter.incrementAsync = util.promisify(counter.increment);
counter.incrementAsync().then(common.mustCall((value) => {
  assert.strictEqual(value, 42);
  assert.strictEqual(counter.count, 42);
}));

function withProps(cb) { cb(null); }
withProps.extra = 'kept';
const promisified = util.promisify(withProps);
assert.strictEqual(promisified.extra, 'kept');
assert.strictEqual(Object.getPrototypeOf(promisified), Object.getPrototypeOf(withProps));
