// A scratch folder for one test process: tmpdir.refresh() makes it empty,
// and it is removed when the process exits. (Node's test/common/tmpdir.)
'use strict';

const fs = require('fs');
const path = require('path');

const root = process.env.TMPDIR || '/tmp';
const tmpPath = path.join(root, `node-style-${process.pid}`);

function refresh() {
  fs.rmSync(tmpPath, { recursive: true, force: true });
  fs.mkdirSync(tmpPath, { recursive: true });
  process.on('exit', () => fs.rmSync(tmpPath, { recursive: true, force: true }));
}

function resolve(...paths) {
  return path.resolve(tmpPath, ...paths);
}

module.exports = { path: tmpPath, refresh, resolve };
