'use strict';
// workerData reaches the worker as a structured clone: Maps, Dates, typed
// arrays and cycles survive; the parent's object is not shared.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const data = { map: new Map([['k', 1]]), date: new Date(0), bytes: new Uint8Array([1, 2]) };
data.self = data;
const worker = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  parentPort.postMessage([workerData.self === workerData, workerData.map.get('k'),
                          workerData.date.getTime(), Array.from(workerData.bytes)]);
`, { eval: true, workerData: data });
worker.on('message', common.mustCall((value) => {
  assert.deepStrictEqual(value, [true, 1, 0, [1, 2]]);
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
