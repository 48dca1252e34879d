'use strict';
// Timers and immediates are ref'd when made; unref() and ref() flip
// hasRef() and return the object itself.
require('../common');
const assert = require('assert');

const timeout = setTimeout(() => {}, 1);
assert.strictEqual(timeout.hasRef(), true);
assert.strictEqual(timeout.unref(), timeout);
assert.strictEqual(timeout.hasRef(), false);
assert.strictEqual(timeout.ref(), timeout);
assert.strictEqual(timeout.hasRef(), true);
clearTimeout(timeout);

const interval = setInterval(() => {}, 1);
assert.strictEqual(interval.unref().hasRef(), false);
clearInterval(interval);

const immediate = setImmediate(() => {});
assert.strictEqual(immediate.hasRef(), true);
assert.strictEqual(immediate.unref(), immediate);
assert.strictEqual(immediate.hasRef(), false);
immediate.ref();
assert.strictEqual(immediate.hasRef(), true);
