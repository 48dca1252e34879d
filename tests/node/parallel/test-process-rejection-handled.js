'use strict';
// A rejection that was reported ('unhandledRejection') and handled later
// is announced as 'rejectionHandled', with the same promise.
const common = require('../common');
const assert = require('assert');

let rejected;
process.on('unhandledRejection', common.mustCall((reason, promise) => {
  assert.strictEqual(reason, 'late');
  rejected = promise;
  setTimeout(common.mustCall(() => promise.catch(common.mustCall())), 1);
}));
process.on('rejectionHandled', common.mustCall((promise) => {
  assert.strictEqual(promise, rejected);
}));
Promise.reject('late');
// Handled in the same tick: neither event.
Promise.reject('in time').catch(common.mustCall());
