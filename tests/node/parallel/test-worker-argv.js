'use strict';
// The argv option lands after the script in the worker's process.argv, as
// strings; execArgv is the worker's process.execArgv.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  require('worker_threads').parentPort.postMessage({
    argv: process.argv.slice(2), execArgv: process.execArgv, script: process.argv[1],
  });
`, { eval: true, argv: ['one', 2, true], execArgv: [] });
worker.on('message', common.mustCall(({ argv, execArgv, script }) => {
  assert.deepStrictEqual(argv, ['one', '2', 'true']);
  assert.deepStrictEqual(execArgv, []);
  assert.strictEqual(script, '[worker eval]');
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
