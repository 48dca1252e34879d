'use strict';
// pipeline with generator functions; the promise form resolves with the
// destination function's value.
const common = require('../common');
const assert = require('assert');
const { pipeline } = require('stream/promises');

pipeline(
  function* () { yield* [1, 2, 3, 4]; },
  async function* (source) { for await (const n of source) if (n % 2 === 0) yield n; },
  async function (source) {
    const all = [];
    for await (const n of source) all.push(n);
    return all;
  },
).then(common.mustCall((value) => assert.deepStrictEqual(value, [2, 4])));
