'use strict';
// util.inspect's depth: objects nested deeper than it are [Object] or
// [Array]; null and Infinity mean no limit.
require('../common');
const assert = require('assert');
const util = require('util');

const nested = { a: { b: { c: { d: {} } } } };
assert.strictEqual(util.inspect(nested), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(util.inspect(nested, { depth: 0 }), '{ a: [Object] }');
assert.strictEqual(util.inspect(nested, { depth: 1 }), '{ a: { b: [Object] } }');
// (More than three levels of nesting no longer fit on one line: compact is 3.)
assert.strictEqual(util.inspect(nested, { depth: null }), '{\n  a: { b: { c: { d: {} } } }\n}');
assert.strictEqual(util.inspect(nested, { depth: Infinity }), util.inspect(nested, { depth: null }));
assert.strictEqual(util.inspect([[[[1]]]], { depth: 1 }), '[ [ [Array] ] ]');
assert.strictEqual(util.inspect({ a: [] }, { depth: 0 }), '{ a: [] }');  // empty ones are shown
assert.strictEqual(util.inspect({ a: {} }, { depth: 0 }), '{ a: {} }');
