'use strict';
// An interval can clear itself from its own callback; it then stops.
const common = require('../common');
let count = 0;
const interval = setInterval(common.mustCall(() => {
  count++;
  if (count === 3) clearInterval(interval);
}, 3), 1);
