'use strict';
// The signal option closes the interface when aborted, also when it is
// already aborted (on the next tick).
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const ac = new AbortController();
const rl = readline.createInterface({ input: new PassThrough(), signal: ac.signal });
rl.on('close', common.mustCall());
ac.abort();
assert.strictEqual(rl.closed, true);

const rl2 = readline.createInterface({ input: new PassThrough(), signal: AbortSignal.abort() });
assert.notStrictEqual(rl2.closed, true);
rl2.on('close', common.mustCall(() => assert.strictEqual(rl2.closed, true)));
