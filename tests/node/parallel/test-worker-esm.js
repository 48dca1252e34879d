'use strict';
// An .mjs file runs in the worker as an ES module, with import.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');
const { Worker } = require('worker_threads');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'worker-entry.mjs');
fs.writeFileSync(file, `
  import { parentPort, isMainThread } from 'worker_threads';
  import { basename } from 'path';
  parentPort.postMessage([isMainThread, basename(import.meta.url)]);
`);
new Worker(file).on('message', common.mustCall((value) => {
  assert.deepStrictEqual(value, [false, 'worker-entry.mjs']);
}));
