'use strict';
// querystring.parse: repeated keys become arrays, + is a space, a bad
// %-escape is kept; the result has no prototype.
require('../common');
const assert = require('assert');
const qs = require('querystring');
const parsed = qs.parse('a=1&b=x+y&a=2&c=%zz&d');
assert.strictEqual(Object.getPrototypeOf(parsed), null);
assert.deepStrictEqual({ ...parsed }, { a: ['1', '2'], b: 'x y', c: '%zz', d: '' });
assert.deepStrictEqual({ ...qs.parse('') }, {});
assert.deepStrictEqual({ ...qs.parse('%E6%97%A5=%F0%9F%98%80') }, { '\u65e5': '\ud83d\ude00' });
