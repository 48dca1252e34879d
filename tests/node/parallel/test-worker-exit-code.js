'use strict';
// process.exit() in a worker ends the worker only, with its code; the
// parent goes on. process.exitCode is the code of a worker that ends by
// itself.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

new Worker('process.exit(42); throw new Error("unreachable")', { eval: true })
  .on('error', common.mustNotCall())
  .on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 42);
    new Worker('process.exitCode = 9', { eval: true })
      .on('exit', common.mustCall((code2) => assert.strictEqual(code2, 9)));
  }));
setTimeout(common.mustCall(), 1);
