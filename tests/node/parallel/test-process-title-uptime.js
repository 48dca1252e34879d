'use strict';
// process.title is a string that can be set; process.uptime() counts
// seconds from the start of the process.
require('../common');
const assert = require('assert');

assert.strictEqual(typeof process.title, 'string');
process.title = 'a-test-title';
assert.strictEqual(process.title, 'a-test-title');
process.title = 12;
assert.strictEqual(process.title, '12');

const start = process.uptime();
assert.ok(start > 0 && start < 60);
const startedAt = Date.now();
while (Date.now() - startedAt < 20);
assert.ok(process.uptime() - start >= 0.015);
