'use strict';
// util.format: '%%' is one '%', an unknown specifier stays as written, and
// arguments left over are appended, inspected unless they are strings.
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.format('100%%'), '100%%');  // no arguments: the string as it is
assert.strictEqual(util.format('%% %s', 'x'), '% x');
assert.strictEqual(util.format('%s%%', 50), '50%');
assert.strictEqual(util.format('%x', 1), '%x 1');
assert.strictEqual(util.format('%', 1), '% 1');
assert.strictEqual(util.format('%s', 'a', 'b', 3), 'a b 3');
assert.strictEqual(util.format('a', 'b', { c: 1 }), "a b { c: 1 }");
assert.strictEqual(util.format('x', 'y'), 'x y');
assert.strictEqual(util.format(1, 2, '3'), '1 2 3');
assert.strictEqual(util.format({ a: 1 }, 'text'), '{ a: 1 } text');
assert.strictEqual(util.format('%s', 'a', ['b']), "a [ 'b' ]");
assert.strictEqual(util.format(), '');
assert.strictEqual(util.format(''), '');
assert.strictEqual(util.format('%s'), '%s');
