'use strict';
// crlfDelay: below the minimum (100 ms) it is raised to it; Infinity means
// a \r followed by \n is always one line ending, however late the \n comes.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

assert.strictEqual(readline.createInterface({ input: new PassThrough(), crlfDelay: 5 }).crlfDelay,
                   100);
assert.strictEqual(readline.createInterface({ input: new PassThrough() }).crlfDelay, 100);
const input = new PassThrough();
const rl = readline.createInterface({ input, crlfDelay: Infinity });
const lines = [];
rl.on('line', (line) => lines.push(line));
rl.on('close', common.mustCall(() => assert.deepStrictEqual(lines, ['x', 'y'])));
input.write('x\r');
setTimeout(() => {
  input.write('\ny\r\n');
  input.end();
}, 150);
