'use strict';
// Errors print as "Uncaught <error>" and the REPL goes on; _error holds the
// last one; assigning _error disables that with Node's message.
const common = require('../common');
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const server = repl.start({ input, output, prompt: '> ', terminal: false });
input.write('throw new TypeError("bad")\n');
input.write('_error.name\n');
input.write('throw 42\n');
input.write('_error = 0\n');
input.write('7\n');
input.end();
server.on('exit', common.mustCall(() => {
  assert.strictEqual(out, "> Uncaught TypeError: bad\n> 'TypeError'\n> Uncaught 42\n" +
                          '> Expression assignment to _error now disabled.\n0\n> 7\n> ');
  assert.strictEqual(server.lastError, 0);
}));
