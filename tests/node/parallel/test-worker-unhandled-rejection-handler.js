'use strict';
// An 'unhandledRejection' listener in the worker keeps it alive: no
// 'error' in the parent, and the worker's own exit code.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  process.on('unhandledRejection', (reason) => {
    require('worker_threads').parentPort.postMessage(reason.message);
  });
  Promise.reject(new Error('seen'));
`, { eval: true });
worker.on('error', common.mustNotCall());
worker.on('message', common.mustCall((text) => assert.strictEqual(text, 'seen')));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
