// The Worker class: a thread with its own isolate, loop and runtime, seen
// from the thread that made it. (Node: lib/internal/worker.js.)
//
// The C++ half (05-modules/worker/worker.h) runs the thread; this half
// makes its two channels and speaks on them:
//   control  load the script (workerData, argv, env, eval) ->
//            <- 'online'; an uncaught error, serialized, for 'error';
//            <- what the worker writes to process.stdout and stderr
//   public   worker.postMessage() <-> parentPort in the worker
// When the thread has ended, C++ calls onexit(code): what is still queued
// on both ports is delivered first, then 'exit'.
//
// A worker's stdout and stderr are streams of the parent, as in Node: the
// worker's process.stdout posts each chunk on the control channel, and the
// parent writes it to its own process.stdout, so one worker's output comes
// out in the order it wrote it. With `stdout: true` the chunks go to the
// readable worker.stdout instead (and likewise stderr).
'use strict';

const EventEmitter = require('events');
const path = require('path');
const { Worker: WorkerImpl } = internalBinding('worker');
const { MessageChannel } = require('internal/worker/io');
const { deserializeError } = require('internal/worker/errors');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_WORKER_PATH, ERR_WORKER_OUT_OF_MEMORY } } =
  require('internal/errors');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

const kHandle = Symbol('kHandle');
const kControl = Symbol('kControl');
const kPublic = Symbol('kPublic');
const kStdio = Symbol('kStdio');

function checkOptions(options) {
  if (options === null || typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const { env, argv, execArgv } = options;
  if (env !== undefined && env !== null && env !== SHARE_ENV && typeof env !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options.env',
      ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'], env);
  }
  if (argv !== undefined && !Array.isArray(argv)) {
    throw new ERR_INVALID_ARG_TYPE('options.argv', 'Array', argv);
  }
  if (execArgv !== undefined && !Array.isArray(execArgv)) {
    throw new ERR_INVALID_ARG_TYPE('options.execArgv', 'Array', execArgv);
  }
}

// The worker's environment: a copy (of `env`, or of this thread's
// process.env when none is given), its values strings; SHARE_ENV: none, the
// worker uses the process's own environment, as this thread does.
function envFor(env) {
  if (env === SHARE_ENV) return null;
  const copy = {};
  const source = env ?? process.env;
  for (const key of Object.keys(source)) copy[key] = `${source[key]}`;
  return copy;
}

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
    checkOptions(options);
    const doEval = !!options.eval;
    const entry = resolveEntry(filename, doEval);
    const control = new MessageChannel();
    const channel = new MessageChannel();
    const limits = options.resourceLimits ?? {};
    this[kHandle] = new WorkerImpl(control.port2, channel.port2, limits.maxOldGenerationSizeMb);
    // 'exit' waits for the next poll phase: what the worker sent on other
    // ports just before it ended (a close, a last message) woke their
    // uv_async_t handles, and libuv may have passed them already in the
    // poll that saw the thread end. An immediate set from the check phase
    // runs after the next poll.
    this[kHandle].onexit = (code, outOfMemory) =>
      setImmediate(() => setImmediate(() => this.#onExit(code, outOfMemory)));
    this.threadId = this[kHandle].threadId();

    // The worker handle keeps the parent alive; its ports do not.
    this[kControl] = control.port1;
    this[kControl].on('message', (message) => this.#onControl(message));
    this[kControl].unref();
    this[kPublic] = channel.port1;
    this[kPublic].on('message', (value) => this.emit('message', value));
    this[kPublic].on('messageerror', (error) => this.emit('messageerror', error));
    this[kPublic].unref();

    const { Readable } = require('stream');
    this.stdin = null;
    this.stdout = new Readable({ read() {} });
    this.stderr = new Readable({ read() {} });
    this[kStdio] = { stdout: !!options.stdout, stderr: !!options.stderr };

    const argv = options.argv === undefined ? [] : [...options.argv].map(String);
    this[kControl].postMessage({
      type: 'load',
      entry,
      doEval,
      workerData: options.workerData,
      argv,
      execArgv: options.execArgv === undefined ? process.execArgv :
        [...options.execArgv].map(String),
      env: envFor(options.env),
      name: options.name === undefined ? '' : String(options.name),
      resourceLimits: limits,
    }, options.transferList);
    this[kHandle].startThread();
  }

  #onControl(message) {
    switch (message.type) {
      case 'online':
        this.emit('online');
        break;
      case 'error':
        this.emit('error', deserializeError(message.error));
        break;
      case 'stdout':
      case 'stderr': {
        const chunk = typeof message.chunk === 'string' ? message.chunk :
          Buffer.from(message.chunk.buffer, message.chunk.byteOffset, message.chunk.byteLength);
        if (this[kStdio][message.type]) {
          this[message.type].push(chunk, message.encoding);
        } else {
          process[message.type].write(chunk, message.encoding);
        }
        break;
      }
    }
  }

  #onExit(code, outOfMemory) {
    this[kControl].drain();
    this[kPublic].drain();
    this.stdout.push(null);
    this.stderr.push(null);
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
