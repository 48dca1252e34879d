'use strict';
// readline/promises: question() resolves with the answer, rejects with an
// AbortError carrying the signal's reason, and rejects when Ctrl+C closes
// a terminal interface.
const common = require('../common');
const assert = require('assert');
const { createInterface } = require('readline/promises');
const { PassThrough } = require('stream');

(async () => {
  const input = new PassThrough();
  const rl = createInterface({ input, output: new PassThrough(), terminal: false });
  const p = rl.question('name? ');
  input.write('Grace\n');
  assert.strictEqual(await p, 'Grace');
  const ac = new AbortController();
  const q = rl.question('x', { signal: ac.signal });
  ac.abort('why');
  await assert.rejects(q, { name: 'AbortError', cause: 'why' });
  rl.close();

  const tin = new PassThrough();
  const trl = createInterface({ input: tin, output: new PassThrough(), terminal: true });
  trl.on('close', common.mustCall());
  const t = trl.question('> ');
  tin.write('\x03');
  await assert.rejects(t, { name: 'AbortError', message: 'Aborted with Ctrl+C' });
})().then(common.mustCall());
