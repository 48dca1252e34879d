'use strict';
// A rejected promise nobody handles goes to 'unhandledRejection' with the
// reason and the promise, after the microtasks of that turn.
const common = require('../common');
const assert = require('assert');

const reason = new Error('rejected');
let promise;
process.on('unhandledRejection', common.mustCall((r, p) => {
  assert.strictEqual(r, reason);
  assert.strictEqual(p, promise);
}));
process.on('uncaughtException', common.mustNotCall());
promise = Promise.reject(reason);
// Handled in the same turn: not reported.
const handled = Promise.reject(new Error('handled later in this turn'));
Promise.resolve().then(() => handled.catch(() => {}));
