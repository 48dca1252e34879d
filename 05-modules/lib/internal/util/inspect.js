// util.inspect, over the printer of stage 01 (01-engine/inspect/), which
// console.log has used since the first stage. Node's own inspect is
// JavaScript (lib/internal/util/inspect.js); this runtime keeps the C++ one,
// so console.log and util.inspect can never disagree.
'use strict';

const { inspect: print } = internalBinding('inspect_printer');

// inspect(value, options), or the legacy form of Node's first versions,
// inspect(value, showHidden, depth, colors).
function inspect(value, options) {
  if (typeof options !== 'object' || options === null || arguments.length > 2) {
    const legacy = {};
    if (typeof options === 'boolean') legacy.showHidden = options;
    if (arguments.length > 2 && arguments[2] !== undefined) legacy.depth = arguments[2];
    options = typeof options === 'object' && options !== null ? { ...legacy, ...options } : legacy;
  }
  return print(value, options, inspect);
}
inspect.custom = Symbol.for('nodejs.util.inspect.custom');

module.exports = { inspect };
