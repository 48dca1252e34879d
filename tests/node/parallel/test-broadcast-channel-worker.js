'use strict';
// BroadcastChannels of one name talk across threads: a worker answers what
// the main thread broadcast.
const common = require('../common');
const assert = require('assert');
const { Worker, BroadcastChannel } = require('worker_threads');

const channel = new BroadcastChannel('ping');
const worker = new Worker(`
  const { BroadcastChannel, parentPort } = require('worker_threads');
  const channel = new BroadcastChannel('ping');
  channel.onmessage = ({ data }) => {
    channel.postMessage(data + 1);
    channel.close();
  };
  parentPort.postMessage('ready');
`, { eval: true });
worker.once('message', common.mustCall(() => channel.postMessage(41)));
channel.onmessage = common.mustCall(({ data }) => {
  assert.strictEqual(data, 42);
  channel.close();
});
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
