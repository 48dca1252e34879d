'use strict';
// In object mode every value but null is one chunk, counted as 1; the
// default mark is 16.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ objectMode: true, read() {} });
assert.strictEqual(r.readableHighWaterMark, 16);
const values = [0, '', false, { a: 1 }, [2]];
for (const v of values) r.push(v);
assert.strictEqual(r.readableLength, values.length);
r.push(null);
const seen = [];
r.on('data', (v) => seen.push(v));
r.on('end', common.mustCall(() => assert.deepStrictEqual(seen, values)));
