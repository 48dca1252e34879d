'use strict';
// decodeURIComponent / encodeURIComponent options replace the codecs.
const common = require('../common');
const assert = require('assert');
const qs = require('querystring');
const decoded = qs.parse('a=x', null, null, {
  decodeURIComponent: common.mustCall((s) => s.toUpperCase(), 2),
});
assert.deepStrictEqual({ ...decoded }, { A: 'X' });
const encoded = qs.stringify({ a: 'b' }, null, null, {
  encodeURIComponent: common.mustCall((s) => `<${s}>`, 2),
});
assert.strictEqual(encoded, '<a>=<b>');
