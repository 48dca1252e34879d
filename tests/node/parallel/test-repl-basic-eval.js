'use strict';
// repl.start over streams: results printed with util.inspect, let/const
// kept between lines, _ holding the last result, ignoreUndefined.
const common = require('../common');
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const server = repl.start({ input, output, prompt: '$ ', terminal: false, ignoreUndefined: true });
assert.ok(server instanceof repl.REPLServer);
assert.strictEqual(typeof server.context, 'object');
input.write('let n = 20\n');
input.write('n + 1\n');
input.write('_ * 2\n');
input.write('({ k: [n] })\n');
input.end();
server.on('exit', common.mustCall(() => {
  assert.strictEqual(out, '$ $ 21\n$ 42\n$ { k: [ 20 ] }\n$ ');
}));
