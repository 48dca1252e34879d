'use strict';
// util.inspect's maxArrayLength: how many entries of an array, typed array,
// Set or Map are shown before '... n more items'.
require('../common');
const assert = require('assert');
const util = require('util');

const arr = Array.from({ length: 5 }, (_, i) => i);
assert.strictEqual(util.inspect(arr, { maxArrayLength: 2 }), '[ 0, 1, ... 3 more items ]');
assert.strictEqual(util.inspect(arr, { maxArrayLength: 4 }), '[ 0, 1, 2, 3, ... 1 more item ]');
assert.strictEqual(util.inspect(arr, { maxArrayLength: 0 }), '[ ... 5 more items ]');
assert.strictEqual(util.inspect(arr, { maxArrayLength: null }), '[ 0, 1, 2, 3, 4 ]');
assert.strictEqual(util.inspect(new Set(arr), { maxArrayLength: 1 }), 'Set(5) { 0, ... 4 more items }');
assert.strictEqual(util.inspect(new Uint8Array(3), { maxArrayLength: 1 }),
                   'Uint8Array(3) [ 0, ... 2 more items ]');
// The default is 100.
const long = util.inspect(Array(101).fill(0), { breakLength: Infinity });
assert.ok(long.endsWith('\n  ... 1 more item\n]'), long);
assert.strictEqual(util.inspect(new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 }),
                   'Map(2) { 1 => 2, ... 1 more item }');
