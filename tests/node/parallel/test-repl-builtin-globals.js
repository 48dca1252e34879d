'use strict';
// Built-in modules are globals in the REPL (fs, path, ...), require works
// for built-ins, and assigning to such a name makes it an ordinary value.
const common = require('../common');
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const server = repl.start({ input, output, prompt: '> ', terminal: false });
input.write('typeof path.join\n');
input.write('require("os") === os\n');
input.write('util.format("%d", 3)\n');
input.end();
server.on('exit', common.mustCall(() => {
  assert.strictEqual(out, "> 'function'\n> true\n> '3'\n> ");
}));
