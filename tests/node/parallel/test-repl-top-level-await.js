'use strict';
// Top-level await in the REPL: the value is printed when the promise
// settles, a const declared with await is kept, a rejection is Uncaught.
const common = require('../common');
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let out = '';
const lines = ['await new Promise((r) => setTimeout(() => r(11), 10))',
               'const got = await Promise.resolve("g")', 'got',
               'await Promise.reject(new RangeError("nope"))'];
output.on('data', (d) => {
  out += d;
  if (String(d) === '> ') setImmediate(() => (lines.length ? input.write(`${lines.shift()}\n`) :
    input.end()));
});
const server = repl.start({ input, output, prompt: '> ', terminal: false });
server.on('exit', common.mustCall(() => {
  assert.ok(out.startsWith("> 11\n> undefined\n> 'g'\n> Uncaught RangeError: nope\n"),
            JSON.stringify(out));
}));
