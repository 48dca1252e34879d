'use strict';
// clearImmediate cancels an immediate not yet run, even from an earlier
// immediate of the same turn; clearing nothing is harmless.
const common = require('../common');

let later;
setImmediate(common.mustCall(() => clearImmediate(later)));
later = setImmediate(common.mustNotCall());
const never = setImmediate(common.mustNotCall());
clearImmediate(never);
clearImmediate(undefined);
clearImmediate(null);
setImmediate(common.mustCall());
