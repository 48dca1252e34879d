'use strict';
// A worker that outgrows resourceLimits.maxOldGenerationSizeMb is ended
// with ERR_WORKER_OUT_OF_MEMORY and exit code 1; the parent goes on.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker('const kept = []; for (;;) kept.push(new Array(1e5).fill(1));', {
  eval: true,
  resourceLimits: { maxOldGenerationSizeMb: 16 },
});
worker.on('error', common.mustCall((error) => {
  assert.strictEqual(error.code, 'ERR_WORKER_OUT_OF_MEMORY');
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
