// The main script of a worker's thread, run after the bootstrap in the
// worker's own isolate (05-modules/worker/worker.cc, Worker::Run).
// (Node: lib/internal/main/worker_thread.js.)
//
// The parent posted the 'load' message on the control channel before it
// started this thread, so it is already queued: it is read at once,
// synchronously, instead of waiting for the loop (whose only handles are
// unref'd ports, so it would not even turn). Then 'online' goes back, and
// the worker's script runs: a file as the main module of this thread
// (CommonJS or ES module), or code with `eval: true`.
'use strict';

const path = require('path');
const state = require('internal/worker/state');
const [control, parentPort] = require('internal/worker/io').takeWorkerPorts();

const { message: load } = control.receive();
state.parentPort = parentPort;
state.workerData = load.workerData;
state.resourceLimits = load.resourceLimits;
process.argv = [process.argv[0], load.doEval ? '[worker eval]' : load.entry, ...load.argv];
process.execArgv = load.execArgv;
if (load.env !== null) process.env = require('internal/worker/env').makeEnv(load.env);

// process.stdout and stderr post what is written to the parent, which
// writes it out (or gives it to worker.stdout / worker.stderr).
const { Writable } = require('stream');
for (const type of ['stdout', 'stderr']) {
  const stream = new Writable({
    decodeStrings: false,
    write(chunk, encoding, callback) {
      control.postMessage({ type, chunk, encoding: encoding === 'buffer' ? undefined : encoding });
      callback();
    },
  });
  stream.fd = type === 'stdout' ? 1 : 2;
  Object.defineProperty(process, type, { value: stream, configurable: true, enumerable: true,
                                         writable: true });
}

// An exception nobody caught ends the worker and becomes the parent's
// 'error' event (bootstrap/node.js calls this instead of printing).
const { serializeError } = require('internal/worker/errors');
state.onFatal = (error) => {
  control.postMessage({ type: 'error', error: serializeError(error) });
};
// The control port keeps nothing alive, but its messages must still flow.
control.start();
control.postMessage({ type: 'online' });

if (load.doEval) {
  const { Module } = require('internal/modules/cjs/loader');
  const module = new Module('[worker eval]');
  module.filename = path.join(process.cwd(), '[worker eval]');
  module.paths = Module._nodeModulePaths(process.cwd());
  module._compile(load.entry, '[worker eval]');
} else {
  require('internal/modules/run_main').runMainModule(load.entry);
}
