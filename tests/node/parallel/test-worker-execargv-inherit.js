'use strict';
// Without execArgv a worker has its parent's.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  require('worker_threads').parentPort.postMessage(process.execArgv);
`, { eval: true });
worker.on('message', common.mustCall((execArgv) => {
  assert.deepStrictEqual(execArgv, process.execArgv);
}));
