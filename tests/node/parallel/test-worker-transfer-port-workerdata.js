'use strict';
// A port in workerData, listed in the transferList option, is the worker's
// from its first line.
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const worker = new Worker(`
  const { workerData } = require('worker_threads');
  workerData.port.postMessage(workerData.n * 3);
  workerData.port.close();
`, { eval: true, workerData: { port: port2, n: 14 }, transferList: [port2] });
port1.on('message', common.mustCall((n) => assert.strictEqual(n, 42)));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
