'use strict';
// A promise rejected in a worker with nobody to catch it ends the worker:
// the parent gets the reason as 'error', and 'exit' with code 1.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  async function fail() { throw new RangeError('out of range'); }
  fail();
  setTimeout(() => {}, 10000);
`, { eval: true });
worker.on('error', common.mustCall((error) => {
  assert.ok(error instanceof RangeError);
  assert.strictEqual(error.message, 'out of range');
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
