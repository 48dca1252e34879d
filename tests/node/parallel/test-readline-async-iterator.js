'use strict';
// for await over an interface yields every line, the last one without a
// newline too, and ends when the input ends; break closes the interface.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { Readable } = require('stream');

(async () => {
  const rl = readline.createInterface({ input: Readable.from(['l1\nl2', '\nl3\n', 'l4']) });
  const lines = [];
  for await (const line of rl) lines.push(line);
  assert.deepStrictEqual(lines, ['l1', 'l2', 'l3', 'l4']);

  const rl2 = readline.createInterface({ input: Readable.from(['a\nb\nc\n']) });
  rl2.on('close', common.mustCall());
  for await (const line of rl2) {
    assert.strictEqual(line, 'a');
    break;
  }
  assert.strictEqual(rl2.closed, true);
})().then(common.mustCall());
