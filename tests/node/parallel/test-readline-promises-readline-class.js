'use strict';
// The Readline class collects control sequences and writes them in one
// chunk on commit(); rollback() forgets them; autoCommit writes each on the
// next tick.
const common = require('../common');
const assert = require('assert');
const { Readline } = require('readline/promises');
const { PassThrough } = require('stream');

(async () => {
  const out = new PassThrough();
  const chunks = [];
  out.on('data', (d) => chunks.push(d.toString()));
  const rl = new Readline(out);
  assert.strictEqual(rl.cursorTo(0, 0).moveCursor(2, -1).clearLine(1), rl);
  assert.strictEqual(chunks.length, 0);
  await rl.commit();
  assert.deepStrictEqual(chunks, ['\x1b[1;1H\x1b[2C\x1b[1A\x1b[0K']);
  rl.clearScreenDown().rollback();
  await rl.commit();
  assert.strictEqual(chunks.length, 1);  // an empty commit writes nothing visible
  const auto = new Readline(out, { autoCommit: true });
  auto.cursorTo(4);
  await new Promise(process.nextTick);
  assert.strictEqual(chunks[chunks.length - 1], '\x1b[5G');
  assert.throws(() => rl.clearLine(3), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => new Readline(null), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
