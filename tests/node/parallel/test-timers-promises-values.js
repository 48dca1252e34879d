'use strict';
// timers/promises resolve with the value given, and reject with an
// AbortError when the signal aborts.
const common = require('../common');
const assert = require('assert');
const timers = require('timers/promises');
timers.setTimeout(1, 'value').then(common.mustCall((v) => assert.strictEqual(v, 'value')));
timers.setImmediate('now').then(common.mustCall((v) => assert.strictEqual(v, 'now')));
const controller = new AbortController();
assert.rejects(timers.setTimeout(1000, null, { signal: controller.signal }),
               { name: 'AbortError', code: 'ABORT_ERR' }).then(common.mustCall());
controller.abort();
