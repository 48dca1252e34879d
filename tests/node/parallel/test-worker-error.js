'use strict';
// An exception nobody catches in a worker becomes an 'error' event in the
// parent (the error serialized: class, message, own stack), then 'exit' 1.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker('null.x', { eval: true });
worker.on('error', common.mustCall((error) => {
  assert.ok(error instanceof TypeError);
  assert.match(error.message, /null/);
  assert.strictEqual(typeof error.stack, 'string');
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
