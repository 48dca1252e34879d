'use strict';
// defineCommand adds a dot-command listed by .help; an unknown one says
// "Invalid REPL keyword"; .exit closes and emits 'exit'.
const common = require('../common');
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const server = repl.start({ input, output, prompt: '> ', terminal: false });
server.defineCommand('hello', {
  help: 'Greets',
  action: common.mustCall(function (name) {
    assert.strictEqual(this, server);
    this.output.write(`hi ${name}\n`);
    this.displayPrompt();
  }),
});
server.defineCommand('bare', common.mustCall(function () { this.displayPrompt(); }));
assert.throws(() => server.defineCommand('bad', {}), { code: 'ERR_INVALID_ARG_TYPE' });
input.write('.hello world\n.bare\n.missing\n.help\n.exit\n');
server.on('exit', common.mustCall(() => {
  assert.ok(out.includes('> hi world\n> > Invalid REPL keyword\n> '), JSON.stringify(out));
  assert.ok(out.includes('.hello   Greets\n'), out);
  assert.ok(out.includes('\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n'));
}));
