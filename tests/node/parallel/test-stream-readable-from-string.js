'use strict';
// Readable.from: a string or Buffer is one chunk; an iterable gives one
// chunk per value; other values throw.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const one = [];
  for await (const c of Readable.from('abc')) one.push(c);
  assert.deepStrictEqual(one, ['abc']);
  const many = [];
  for await (const c of Readable.from(new Map([[1, 2]]).keys())) many.push(c);
  assert.deepStrictEqual(many, [1]);
})().then(common.mustCall());
assert.throws(() => Readable.from(7), { code: 'ERR_INVALID_ARG_TYPE' });
