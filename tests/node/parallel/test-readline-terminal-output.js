'use strict';
// What a terminal interface writes: the prompt drawn with Node's control
// sequences, plain echo at the end of the line, a redraw in the middle.
require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let bytes = '';
output.on('data', (d) => { bytes += d; });
const rl = readline.createInterface({ input, output, terminal: true, prompt: '$ ' });
rl.prompt();
assert.strictEqual(bytes, '\x1b[1G\x1b[0J$ \x1b[3G');
bytes = '';
input.write('ac');
assert.strictEqual(bytes, 'ac');
bytes = '';
input.write('\x1b[D');
assert.strictEqual(bytes, '\x1b[1D');
bytes = '';
input.write('b');
assert.strictEqual(bytes, '\x1b[1G\x1b[0J$ abc\x1b[5G');
bytes = '';
input.write('\r');
assert.strictEqual(bytes, '\x1b[1C\r\n');
rl.close();
