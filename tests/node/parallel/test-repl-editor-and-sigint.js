'use strict';
// Terminal REPL: Ctrl+C on an empty line prints Node's hint, twice leaves;
// .editor collects lines until Ctrl+D.
const common = require('../common');
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const server = repl.start({ input, output, prompt: '> ', terminal: true, useColors: false,
                            preview: false });
input.write('.editor\r');
assert.ok(out.includes('// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n'));
input.write('const a = 5\r');
input.write('a * 2\r');
out = '';
input.write('\x04');
assert.ok(out.includes('10\n'), JSON.stringify(out));
out = '';
input.write('\x03');
assert.ok(out.includes('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n'));
server.on('exit', common.mustCall());
input.write('\x03');
