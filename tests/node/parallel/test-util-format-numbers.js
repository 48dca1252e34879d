'use strict';
// util.format's %d (Number), %i (parseInt) and %f (parseFloat).
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.format('%d', 42), '42');
assert.strictEqual(util.format('%d', '42'), '42');
assert.strictEqual(util.format('%d', 1.5), '1.5');
assert.strictEqual(util.format('%d', -0), '-0');
assert.strictEqual(util.format('%d', ''), '0');
assert.strictEqual(util.format('%d', 'x'), 'NaN');
assert.strictEqual(util.format('%d', {}), 'NaN');
assert.strictEqual(util.format('%d', 5n), '5n');
assert.strictEqual(util.format('%d', Symbol('s')), 'NaN');

assert.strictEqual(util.format('%i', 42.9), '42');
assert.strictEqual(util.format('%i', -42.9), '-42');
assert.strictEqual(util.format('%i', '08'), '8');
assert.strictEqual(util.format('%i', '1e3'), '1');
assert.strictEqual(util.format('%i', 'x'), 'NaN');
assert.strictEqual(util.format('%i', 7n), '7n');

assert.strictEqual(util.format('%f', 1.5), '1.5');
assert.strictEqual(util.format('%f', '1.5abc'), '1.5');
assert.strictEqual(util.format('%f', '1e3'), '1000');
assert.strictEqual(util.format('%f', 'x'), 'NaN');
assert.strictEqual(util.format('%f', -0), '0');  // unlike %d
assert.strictEqual(util.format('%d %i %f', '1', '2', '3'), '1 2 3');
