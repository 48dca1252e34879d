'use strict';
// terminate() stops a worker stuck in an infinite loop; the promise
// resolves with exit code 1 and 'exit' fires once. A second terminate()
// after the end resolves with undefined.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  require('worker_threads').parentPort.postMessage('started');
  for (;;) {}
`, { eval: true });
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
worker.once('message', common.mustCall(async (value) => {
  assert.strictEqual(value, 'started');
  assert.strictEqual(await worker.terminate(), 1);
  assert.strictEqual(await worker.terminate(), undefined);
}));
