// The Worker class: a thread with its own isolate, loop and runtime, seen
// from the thread that made it. (Node: lib/internal/worker.js.)
//
// The C++ half (05-modules/worker/worker.h) runs the thread; this half
// makes its two channels and speaks on them:
//   control  load the script (workerData, argv, eval) ->
//            <- 'online'; an uncaught error, serialized, for 'error'
//   public   worker.postMessage() <-> parentPort in the worker
// When the thread has ended, C++ calls onexit(code): what is still queued
// on both ports is delivered first, then 'exit'.
'use strict';

const EventEmitter = require('events');
const path = require('path');
const { Worker: WorkerImpl } = internalBinding('worker');
const { MessageChannel } = require('internal/worker/io');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_WORKER_PATH, ERR_WORKER_OUT_OF_MEMORY } } =
  require('internal/errors');

const kHandle = Symbol('kHandle');
const kControl = Symbol('kControl');
const kPublic = Symbol('kPublic');

function resolveEntry(filename, doEval) {
  if (doEval) {
    if (typeof filename !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('filename', 'string', filename);
    }
    return filename;
  }
  if (filename instanceof URL || (filename && typeof filename.href === 'string')) {
    const { fileURLToPath } = require('internal/url');
    return fileURLToPath(filename);
  }
  if (typeof filename !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'an instance of URL'], filename);
  }
  if (filename.startsWith('file:')) {
    const { fileURLToPath } = require('internal/url');
    return fileURLToPath(filename);
  }
  if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
    throw new ERR_WORKER_PATH(filename);
  }
  return path.resolve(filename);
}

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    const doEval = !!options.eval;
    const entry = resolveEntry(filename, doEval);
    const control = new MessageChannel();
    const channel = new MessageChannel();
    const limits = options.resourceLimits ?? {};
    this[kHandle] = new WorkerImpl(control.port2, channel.port2, limits.maxOldGenerationSizeMb);
    this[kHandle].onexit = (code, outOfMemory) => this.#onExit(code, outOfMemory);
    this.threadId = this[kHandle].threadId();

    // The worker handle keeps the parent alive; its ports do not.
    this[kControl] = control.port1;
    this[kControl].on('message', (message) => this.#onControl(message));
    this[kControl].unref();
    this[kPublic] = channel.port1;
    this[kPublic].on('message', (value) => this.emit('message', value));
    this[kPublic].on('messageerror', (error) => this.emit('messageerror', error));
    this[kPublic].unref();

    const argv = options.argv === undefined ? [] : [...options.argv].map(String);
    this[kControl].postMessage({
      type: 'load',
      entry,
      doEval,
      workerData: options.workerData,
      argv,
      name: options.name === undefined ? '' : String(options.name),
      resourceLimits: limits,
    }, options.transferList);
    this[kHandle].startThread();
  }

  #onControl(message) {
    if (message.type === 'online') {
      this.emit('online');
    } else if (message.type === 'error') {
      this.emit('error', message.error);
    }
  }

  #onExit(code, outOfMemory) {
    this[kControl].drain();
    this[kPublic].drain();
    if (outOfMemory) this.emit('error', new ERR_WORKER_OUT_OF_MEMORY());
    this[kControl].close();
    this[kPublic].close();
    this[kHandle] = null;
    this.emit('exit', code);
  }

  postMessage(...args) {
    this[kPublic].postMessage(...args);
  }

  // Resolves with the exit code once the thread has ended.
  terminate(callback) {
    return new Promise((resolve) => {
      if (this[kHandle] === null) {
        resolve();  // already over, as Node answers
        return;
      }
      this.once('exit', (code) => {
        if (typeof callback === 'function') callback(null, code);
        resolve(code);
      });
      this[kHandle].stopThread();
    });
  }

  ref() {
    if (this[kHandle]) this[kHandle].ref();
  }

  unref() {
    if (this[kHandle]) this[kHandle].unref();
  }
}

module.exports = { Worker };
