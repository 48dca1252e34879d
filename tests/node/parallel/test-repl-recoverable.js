'use strict';
// Input that ends too early is buffered with a '... ' prompt; .break drops
// the buffer; a real SyntaxError is reported as Uncaught SyntaxError.
const common = require('../common');
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const server = repl.start({ input, output, prompt: '> ', terminal: false });
input.write('[1,\n2]\n');
input.write('(function () {\n.break\n');
input.write('1 +* 2\n');
input.end();
server.on('exit', common.mustCall(() => {
  assert.ok(out.startsWith('> ... [ 1, 2 ]\n> ... > '), JSON.stringify(out));
  assert.match(out, /Uncaught SyntaxError: Unexpected token '\*'\n> $/);
}));
