'use strict';
// When nobody reads a Transform's output, it stops transforming and its
// writable side fills up.
const common = require('../common');
const assert = require('assert');
const { Transform } = require('stream');

let calls = 0;
const t = new Transform({
  highWaterMark: 2,
  transform(chunk, enc, cb) {
    calls++;
    cb(null, chunk);
  },
});
const results = [];
for (let i = 0; i < 5; i++) results.push(t.write('x'));
setImmediate(common.mustCall(() => {
  assert.ok(calls < 5, `transformed ${calls} of 5 with nobody reading`);
  assert.strictEqual(results[results.length - 1], false);
  t.resume();
  t.on('drain', common.mustCall(() => assert.strictEqual(calls, 5)));
}));
