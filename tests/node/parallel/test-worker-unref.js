'use strict';
// An unref()'d worker does not keep the parent alive: the parent ends
// while the worker still waits on a timer, and the worker ends with it.
const common = require('../common');
const { Worker } = require('worker_threads');

const worker = new Worker('setTimeout(() => {}, 1e9)', { eval: true });
worker.unref();
worker.on('exit', common.mustNotCall());
process.on('exit', common.mustCall());
