'use strict';
// A worker may throw what is not an error: the parent's 'error' gets the
// value itself.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker('throw { reason: "plain", list: [1] }', { eval: true });
worker.on('error', common.mustCall((value) => {
  assert.deepStrictEqual(value, { reason: 'plain', list: [1] });
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
