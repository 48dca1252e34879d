'use strict';
// A port can travel on: to a worker and back again. Both trips keep the
// channel, so the far end still talks to it.
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', (port) => {
    port.postMessage('visited');
    parentPort.postMessage(port, [port]);
  });
`, { eval: true });
const { port1, port2 } = new MessageChannel();
worker.postMessage(port2, [port2]);
port1.once('message', common.mustCall((text) => {
  assert.strictEqual(text, 'visited');
}));
worker.once('message', common.mustCall((back) => {
  back.once('message', common.mustCall((text) => {
    assert.strictEqual(text, 'home');
    back.close();
  }));
  port1.postMessage('home');
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
