'use strict';
// A timer cleared by an earlier timer's callback does not fire, even when
// both were due in the same turn of the loop.
const common = require('../common');

let victim = null;
setTimeout(common.mustCall(() => clearTimeout(victim)), 1);
victim = setTimeout(common.mustNotCall(), 1);
// Clearing twice, or clearing nothing, is harmless.
const other = setTimeout(common.mustNotCall(), 1);
clearTimeout(other);
clearTimeout(other);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
