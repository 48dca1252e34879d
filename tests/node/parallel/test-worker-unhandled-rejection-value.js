'use strict';
// A worker's promise rejected with a value that is not an error: the
// parent's 'error' carries ERR_UNHANDLED_REJECTION naming the value.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker('Promise.reject(42)', { eval: true });
worker.on('error', common.mustCall((error) => {
  assert.ok(error instanceof Error);
  assert.strictEqual(error.code, 'ERR_UNHANDLED_REJECTION');
  assert.match(error.message, /reason "42"/);
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
