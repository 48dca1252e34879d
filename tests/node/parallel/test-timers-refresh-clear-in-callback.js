'use strict';
// clearTimeout on the timer being run, from its own callback, is harmless,
// and clearInterval from outside stops an interval between periods.
const common = require('../common');
const assert = require('assert');

const timeout = setTimeout(common.mustCall(() => clearTimeout(timeout)), 1);
let ticks = 0;
const interval = setInterval(common.mustCall(() => {
  ticks++;
}, 2), 1);
const stopper = setInterval(common.mustCallAtLeast(() => {
  if (ticks === 2) {
    clearInterval(interval);
    clearInterval(stopper);
  }
}), 1);
process.on('exit', () => assert.strictEqual(ticks, 2));
