'use strict';
// stdout: true: what the worker prints is the parent's to read, on
// worker.stdout, in order, and does not reach the process's stdout.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  for (let i = 0; i < 100; i++) console.log('line', i);
  process.stdout.write(Buffer.from('bytes\\n'));
`, { eval: true, stdout: true });
let text = '';
worker.stdout.setEncoding('utf8');
worker.stdout.on('data', (chunk) => { text += chunk; });
worker.stdout.on('end', common.mustCall(() => {
  const expected = Array.from({ length: 100 }, (_, i) => `line ${i}\n`).join('') + 'bytes\n';
  assert.strictEqual(text, expected);
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
