'use strict';
// break out of for await destroys the stream and runs the source
// generator's finally.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const cleanedUp = common.mustCall();
function* infinite() {
  try {
    for (let i = 0; ; i++) yield i;
  } finally {
    cleanedUp();
  }
}
(async () => {
  const r = Readable.from(infinite());
  const seen = [];
  for await (const n of r) {
    seen.push(n);
    if (n === 3) break;
  }
  assert.deepStrictEqual(seen, [0, 1, 2, 3]);
  assert.strictEqual(r.destroyed, true);
})().then(common.mustCall());
