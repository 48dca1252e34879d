'use strict';
// util.inspect: short objects fit on one line; breakLength and compact
// decide when they break into one entry per line.
require('../common');
const assert = require('assert');
const util = require('util');

const obj = { alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'ddd' };
assert.strictEqual(util.inspect(obj),
                   "{\n  alpha: 'aaaaaaaaaa',\n  beta: 'bbbbbbbbbb',\n  gamma: 'cccccccccc',\n" +
                   "  delta: 'ddd'\n}");
assert.strictEqual(util.inspect(obj, { breakLength: Infinity }),
                   "{ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'ddd' }");
assert.strictEqual(util.inspect({ a: 1, b: 2 }, { breakLength: 3 }), '{\n  a: 1,\n  b: 2\n}');
// compact: false puts every property on a line of its own.
assert.strictEqual(util.inspect({ a: 1, b: { c: 2 } }, { compact: false }),
                   '{\n  a: 1,\n  b: {\n    c: 2\n  }\n}');
// compact: true joins what fits within breakLength, at any depth.
assert.strictEqual(util.inspect({ a: { b: { c: 1 } } }, { compact: true }), '{ a: { b: { c: 1 } } }');
