'use strict';
// createInterface checks its options as Node does.
require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
assert.throws(() => readline.createInterface({ input, completer: 'no' }),
              { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => readline.createInterface({ input, history: {} }),
              { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => readline.createInterface({ input, historySize: -1 }),
              { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => readline.createInterface({ input, historySize: 'x' }),
              { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => readline.createInterface({ input, escapeCodeTimeout: Infinity }),
              { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => readline.createInterface({ input, tabSize: 0 }),
              { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => readline.createInterface({ input, signal: {} }),
              { code: 'ERR_INVALID_ARG_TYPE' });
const rl = readline.createInterface({ input, tabSize: 4, escapeCodeTimeout: 50 });
assert.strictEqual(rl.tabSize, 4);
assert.strictEqual(rl.escapeCodeTimeout, 50);
assert.strictEqual(rl.terminal, false);
assert.strictEqual(rl.historySize, 30);
assert.ok(readline.Interface({ input }) instanceof readline.Interface);
rl.close();
