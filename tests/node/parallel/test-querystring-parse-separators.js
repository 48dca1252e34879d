'use strict';
// Custom separators and the maxKeys option.
require('../common');
const assert = require('assert');
const qs = require('querystring');
assert.deepStrictEqual({ ...qs.parse('a:1;b:2', ';', ':') }, { a: '1', b: '2' });
assert.deepStrictEqual({ ...qs.parse('a=>1|b=>2', '|', '=>') }, { a: '1', b: '2' });
assert.deepStrictEqual({ ...qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }) }, { a: '1', b: '2' });
assert.deepStrictEqual(Object.keys(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 0 })), ['a', 'b', 'c']);
