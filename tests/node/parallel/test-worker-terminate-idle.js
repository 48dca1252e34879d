'use strict';
// terminate() also ends a worker that is idle in its loop (a long timer
// keeps it alive): the worker's loop is woken from the parent's thread.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  setTimeout(() => {}, 1e9);
  require('worker_threads').parentPort.postMessage('idle');
`, { eval: true });
worker.once('message', common.mustCall(() => {
  worker.terminate().then(common.mustCall((code) => assert.strictEqual(code, 1)));
}));
