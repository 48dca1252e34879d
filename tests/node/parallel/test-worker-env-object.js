'use strict';
// The env option: the worker's process.env holds exactly those variables,
// as strings; assigning stores strings and delete removes.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  const keys = Object.keys(process.env).sort();
  process.env.N = 7;
  const n = process.env.N;
  delete process.env.A;
  parentPort.postMessage({ keys, n, a: process.env.A, b: process.env.B, has: 'B' in process.env });
`, { eval: true, env: { A: 1, B: true, C: 'c' } });
worker.on('message', common.mustCall((seen) => {
  assert.deepStrictEqual(seen, { keys: ['A', 'B', 'C'], n: '7', a: undefined, b: 'true', has: true });
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
