'use strict';
// process.memoryUsage() and .rss(): Node's five keys, whole byte counts,
// and the heap grows when the program allocates.
require('../common');
const assert = require('assert');

const usage = process.memoryUsage();
assert.deepStrictEqual(Object.keys(usage),
                       ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']);
for (const [key, value] of Object.entries(usage)) {
  assert.ok(Number.isInteger(value) && value >= 0, `${key}: ${value}`);
}
assert.ok(usage.heapUsed <= usage.heapTotal);
assert.ok(usage.rss > usage.heapUsed);

const rss = process.memoryUsage.rss();
assert.strictEqual(typeof rss, 'number');
assert.ok(rss > 0);

const kept = [];
for (let i = 0; i < 1e5; i++) kept.push({ i });
assert.ok(process.memoryUsage().heapUsed > usage.heapUsed);
assert.strictEqual(kept.length, 1e5);
