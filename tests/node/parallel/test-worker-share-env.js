'use strict';
// With env: SHARE_ENV the worker and this thread use one environment: what
// the worker sets, this thread reads.
const common = require('../common');
const assert = require('assert');
const { Worker, SHARE_ENV } = require('worker_threads');

process.env.SHARED_FROM_PARENT = 'p';
const worker = new Worker(`
  process.env.SHARED_FROM_WORKER = process.env.SHARED_FROM_PARENT + 'w';
`, { eval: true, env: SHARE_ENV });
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(process.env.SHARED_FROM_WORKER, 'pw');
}));
