'use strict';
// util.format's %O is util.inspect; %o is inspect with showHidden and a
// depth of 4.
require('../common');
const assert = require('assert');
const util = require('util');

const nested = { a: { b: { c: { d: { e: 1 } } } } };
assert.strictEqual(util.format('%O', nested), util.inspect(nested));
assert.strictEqual(util.format('%O', nested), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(util.format('%o', nested), '{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}');
assert.ok(util.format('%o', { x: nested }).includes('d: [Object]'));
assert.strictEqual(util.format('%O', 'str'), "'str'");
assert.strictEqual(util.format('%o', 'str'), "'str'");
assert.strictEqual(util.format('%o', [1]), '[ 1, [length]: 1 ]');
assert.strictEqual(util.format('%O', [1]), '[ 1 ]');
assert.strictEqual(util.format('%O %O', 1, null), '1 null');
