'use strict';
// util.format's %s: strings as they are, numbers and bigints as numbers
// (-0 stays -0), symbols by description, objects without a toString of
// their own inspected with a depth of 0.
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.format('%s', 'text'), 'text');
assert.strictEqual(util.format('%s', 42), '42');
assert.strictEqual(util.format('%s', -0), '-0');
assert.strictEqual(util.format('%s', 10n), '10n');
assert.strictEqual(util.format('%s', null), 'null');
assert.strictEqual(util.format('%s', undefined), 'undefined');
assert.strictEqual(util.format('%s', true), 'true');
assert.strictEqual(util.format('%s', Symbol('s')), 'Symbol(s)');
assert.strictEqual(util.format('%s', [1, 2]), '[ 1, 2 ]');
assert.strictEqual(util.format('%s', { a: { b: { c: 1 } } }), '{ a: [Object] }');
// An object with its own toString (here a class's) is stringified.
class Named { toString() { return 'named!'; } }
assert.strictEqual(util.format('%s', new Named()), 'named!');
assert.strictEqual(util.format('%s', new Error('oops')).split('\n')[0], 'Error: oops');
assert.strictEqual(util.format('%s:%s', 'a'), 'a:%s');
