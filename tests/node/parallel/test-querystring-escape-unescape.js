'use strict';
// escape/unescape and unescapeBuffer, and the encode/decode aliases.
require('../common');
const assert = require('assert');
const qs = require('querystring');
assert.strictEqual(qs.escape('a b&c/\u00e9'), 'a%20b%26c%2F%C3%A9');
assert.strictEqual(qs.unescape('a%20b%zz'), 'a b%zz');
assert.deepStrictEqual(qs.unescapeBuffer('a%41+b'), Buffer.from('aA+b'));
assert.deepStrictEqual(qs.unescapeBuffer('a+b', true), Buffer.from('a b'));
assert.strictEqual(qs.encode, qs.stringify);
assert.strictEqual(qs.decode, qs.parse);
