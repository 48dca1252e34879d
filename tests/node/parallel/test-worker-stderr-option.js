'use strict';
// stderr: true: console.error and process.stderr.write in the worker come
// out of worker.stderr; stdout still goes to the process's stdout.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  console.error('warning', 1);
  process.stderr.write('raw');
`, { eval: true, stderr: true });
const chunks = [];
worker.stderr.on('data', (chunk) => chunks.push(chunk));
worker.stderr.on('end', common.mustCall(() => {
  assert.strictEqual(Buffer.concat(chunks.map((c) => Buffer.from(c))).toString(), 'warning 1\nraw');
}));
assert.ok(worker.stdout !== null && typeof worker.stdout.read === 'function');
