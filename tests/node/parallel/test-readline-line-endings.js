'use strict';
// Plain-mode readline cuts lines at \n, \r\n and \r, keeps an unfinished
// line until 'end', and treats a \r\n split across writes as one ending.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
const lines = [];
rl.on('line', (line) => lines.push(line));
rl.on('close', common.mustCall(() => {
  assert.deepStrictEqual(lines, ['a', 'b', 'c', '', 'd', 'tail']);
}));
input.write('a\nb\r\nc\r');
input.write('\n\nd\r');
input.write('\ntail');
input.end();
