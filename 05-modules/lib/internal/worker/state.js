// What this thread knows of its worker life: set once by
// internal/main/worker_thread.js in a worker, left as is on the main thread.
// worker_threads.js reads it; bootstrap/node.js asks onFatal.
'use strict';

module.exports = {
  parentPort: null,
  workerData: null,
  resourceLimits: {},
  // In a worker: sends an uncaught exception to the parent's 'error' event.
  onFatal: undefined,
};
