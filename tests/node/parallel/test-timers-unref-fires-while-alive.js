'use strict';
// An unref'd timer still fires while something else keeps the program
// alive; here a ref'd interval that stops after the unref'd timer ran.
const common = require('../common');

let fired = false;
setTimeout(common.mustCall(() => { fired = true; }), 1).unref();
const keeper = setInterval(common.mustCallAtLeast(() => {
  if (fired) clearInterval(keeper);
}), 2);
