'use strict';
// By default a worker gets a copy of process.env as it was when the Worker
// was made: what either side changes later stays on that side.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

process.env.WORKER_ENV_BEFORE = 'before';
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', () => {
    process.env.WORKER_ENV_CHILD = 'child';
    parentPort.postMessage({
      before: process.env.WORKER_ENV_BEFORE,
      after: process.env.WORKER_ENV_AFTER,
      child: process.env.WORKER_ENV_CHILD,
    });
  });
`, { eval: true });
process.env.WORKER_ENV_AFTER = 'after';
worker.postMessage('go');
worker.on('message', common.mustCall((seen) => {
  assert.deepStrictEqual(seen, { before: 'before', after: undefined, child: 'child' });
  assert.strictEqual(process.env.WORKER_ENV_CHILD, undefined);
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
