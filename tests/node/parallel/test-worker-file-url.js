'use strict';
// A worker's script can be a path or a file: URL; a bare name is refused
// with ERR_WORKER_PATH.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const tmpdir = require('../common/tmpdir');
const { Worker } = require('worker_threads');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'worker-entry.js');
fs.writeFileSync(file, `require('worker_threads').parentPort.postMessage(__filename);`);

assert.throws(() => new Worker('worker-entry.js'), { code: 'ERR_WORKER_PATH', name: 'TypeError' });
new Worker(pathToFileURL(file)).on('message', common.mustCall((value) => {
  assert.strictEqual(value, file);
  new Worker(file).on('message', common.mustCall((again) => assert.strictEqual(again, file)));
}));
