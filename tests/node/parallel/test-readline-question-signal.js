'use strict';
// An AbortSignal cancels a pending question: the callback is never called
// and the next line goes to 'line'; an aborted signal makes question() a
// no-op.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input, output: new PassThrough(), terminal: false });
const ac = new AbortController();
rl.question('q? ', { signal: ac.signal }, common.mustNotCall());
ac.abort();
rl.question('never asked', { signal: AbortSignal.abort() }, common.mustNotCall());
rl.on('line', common.mustCall((line) => {
  assert.strictEqual(line, 'plain line');
  rl.close();
}));
input.write('plain line\n');
assert.throws(() => rl.question('q', { signal: 'nope' }, () => {}),
              { code: 'ERR_INVALID_ARG_TYPE' });
