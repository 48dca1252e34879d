'use strict';
// util.format's %j is JSON.stringify, with '[Circular]' for a cycle.
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.format('%j', { a: [1, 'two'] }), '{"a":[1,"two"]}');
assert.strictEqual(util.format('%j', 'text'), '"text"');
assert.strictEqual(util.format('%j', 42), '42');
assert.strictEqual(util.format('%j', null), 'null');
assert.strictEqual(util.format('%j', undefined), 'undefined');
assert.strictEqual(util.format('%j', { toJSON() { return 'custom'; } }), '"custom"');
const cycle = {};
cycle.self = cycle;
assert.strictEqual(util.format('%j', cycle), '[Circular]');
