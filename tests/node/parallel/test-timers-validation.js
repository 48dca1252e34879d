'use strict';
// A callback that is not a function is refused with ERR_INVALID_ARG_TYPE
// by every scheduling function.
require('../common');
const assert = require('assert');

for (const schedule of [setTimeout, setInterval, setImmediate, queueMicrotask]) {
  for (const bad of [undefined, null, 'code', 42, {}]) {
    assert.throws(() => schedule(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' },
                  `${schedule.name}(${String(bad)})`);
  }
}
