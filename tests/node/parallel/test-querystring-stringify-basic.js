'use strict';
// querystring.stringify: arrays repeat the key, values that are not
// strings, finite numbers, bigints or booleans become empty.
require('../common');
const assert = require('assert');
const qs = require('querystring');
assert.strictEqual(qs.stringify({ a: [1, 2], b: 'x y', c: true, d: 10n }), 'a=1&a=2&b=x%20y&c=true&d=10');
assert.strictEqual(qs.stringify({ n: null, u: undefined, o: {}, f: NaN }), 'n=&u=&o=&f=');
assert.strictEqual(qs.stringify({ a: 1 }, ';', ':'), 'a:1');
assert.strictEqual(qs.stringify('not an object'), '');
assert.strictEqual(qs.stringify({ '\u00e9': "!'()*~" }), "%C3%A9=!'()*~");
