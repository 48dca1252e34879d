'use strict';
// A MessagePort sent to a worker in a transfer list works there: the worker
// answers on it, and the answer reaches the other end on this thread.
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', ({ port, greeting }) => {
    port.postMessage(greeting.toUpperCase());
    port.close();
  });
`, { eval: true });
const { port1, port2 } = new MessageChannel();
worker.postMessage({ port: port2, greeting: 'hello' }, [port2]);
port1.on('message', common.mustCall((text) => assert.strictEqual(text, 'HELLO')));
port1.on('close', common.mustCall());
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
