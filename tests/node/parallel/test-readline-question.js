'use strict';
// question() writes the query, hands the next line to its callback (not to
// 'line'), and restores the prompt; a second question while one is pending
// re-asks the first; after close it throws ERR_USE_AFTER_CLOSE.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, terminal: false, prompt: '$ ' });
rl.on('line', common.mustCall((line) => assert.strictEqual(line, 'second'), 1));
rl.question('first? ', common.mustCall((answer) => {
  assert.strictEqual(answer, 'one');
  assert.strictEqual(rl.getPrompt(), '$ ');
}));
rl.question('ignored? ', common.mustNotCall());
assert.strictEqual(rl.getPrompt(), 'first? ');
input.write('one\nsecond\n');
assert.strictEqual(written, 'first? first? ');
rl.close();
assert.throws(() => rl.question('late?', () => {}), {
  code: 'ERR_USE_AFTER_CLOSE', message: 'readline was closed',
});
