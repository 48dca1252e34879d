// util.inspect, over the printer of stage 01 (01-engine/inspect/), which
// console.log has used since the first stage. Node's own inspect is
// JavaScript (lib/internal/util/inspect.js); this runtime keeps the C++ one,
// so console.log and util.inspect can never disagree.
'use strict';

const { inspect: print } = internalBinding('inspect_printer');

function inspect(value, options) {
  return print(value, options === undefined ? {} : options);
}
inspect.custom = Symbol.for('nodejs.util.inspect.custom');

module.exports = { inspect };
