// The worker_threads module: JavaScript on more than one thread, each with
// its own isolate and loop, talking by messages. (Node: lib/worker_threads.js.)
'use strict';

const { isMainThread, threadId } = internalBinding('worker');
const { MessagePort, MessageChannel, receiveMessageOnPort } = require('internal/worker/io');
const state = require('internal/worker/state');

module.exports = {
  isMainThread,
  threadId,
  parentPort: state.parentPort,
  workerData: state.workerData,
  resourceLimits: state.resourceLimits,
  MessagePort,
  MessageChannel,
  receiveMessageOnPort,
  BroadcastChannel: require('internal/worker/broadcast_channel').BroadcastChannel,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker: require('internal/worker').Worker,
};
