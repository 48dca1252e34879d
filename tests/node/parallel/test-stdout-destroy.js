'use strict';
// A standard output cannot really be destroyed: destroy() emits 'close',
// and the stream keeps writing afterwards. end() too leaves it open.
const common = require('../common');
const assert = require('assert');

process.stdout.on('close', common.mustCall());
process.stdout.destroy();
assert.strictEqual(process.stdout.destroyed, false);
process.stdout.write('still writing\n', common.mustCall());
assert.strictEqual(process.stdout.destroySoon, process.stdout.destroy);
