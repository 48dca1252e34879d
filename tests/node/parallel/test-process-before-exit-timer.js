'use strict';
// A 'beforeExit' listener that starts a timer keeps the program alive; the
// next 'beforeExit' comes after the timer, and then no more work: exit.
const common = require('../common');
const assert = require('assert');

const events = [];
let first = true;
process.on('beforeExit', common.mustCall(() => {
  events.push('beforeExit');
  if (first) {
    first = false;
    setTimeout(common.mustCall(() => events.push('timer')), 1);
    Promise.resolve().then(common.mustCall(() => events.push('microtask')));
  }
}, 2));
process.on('exit', common.mustCall(() => {
  assert.deepStrictEqual(events, ['beforeExit', 'microtask', 'timer', 'beforeExit']);
}));
