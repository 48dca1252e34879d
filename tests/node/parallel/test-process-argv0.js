'use strict';
// process.argv0: argv[0] as the program was started; read-only.
require('../common');
const assert = require('assert');
const path = require('path');

assert.strictEqual(typeof process.argv0, 'string');
assert.strictEqual(path.basename(process.argv0), path.basename(process.argv[0]));
const descriptor = Object.getOwnPropertyDescriptor(process, 'argv0');
assert.strictEqual(descriptor.writable, false);
assert.strictEqual(descriptor.configurable, false);
assert.strictEqual(descriptor.enumerable, true);
assert.throws(() => { process.argv0 = 'something else'; }, TypeError);  // strict mode
