'use strict';
// url.searchParams and url.search stay in step in both directions, and
// the object is the same every time.
require('../common');
const assert = require('assert');
const url = new URL('http://h/?a=1');
const params = url.searchParams;
assert.strictEqual(url.searchParams, params);
params.append('b', 'x y');
assert.strictEqual(url.search, '?a=1&b=x+y');
url.search = 'c=3';
assert.deepStrictEqual([...params], [['c', '3']]);
params.delete('c');
assert.strictEqual(url.href, 'http://h/');
url.href = 'http://h/?d=4';
assert.strictEqual(params.get('d'), '4');
url.search = '';
assert.strictEqual(params.size, 0);
