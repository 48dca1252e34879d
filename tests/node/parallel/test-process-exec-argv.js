// Flags: --expose-internals
'use strict';
// process.execArgv holds the runtime's own options (those before the
// script), not the script's arguments.
require('../common');
const assert = require('assert');

assert.deepStrictEqual(process.execArgv, ['--expose-internals']);
assert.ok(!process.argv.includes('--expose-internals'));
