'use strict';
// Four workers at once, each using timers, the file system and the thread
// pool (crypto.pbkdf2): every runtime keeps its own state, and the pool is
// shared. Each reports what it computed; the parent checks it.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const { Worker } = require('worker_threads');

const code = `
  const { parentPort, workerData } = require('worker_threads');
  const fs = require('fs');
  const crypto = require('crypto');
  let ticks = 0;
  const interval = setInterval(() => ticks++, 1);
  fs.readFile(__filename === '[worker eval]' ? process.execPath : __filename, (err, data) => {
    if (err) throw err;
    crypto.pbkdf2('secret', 'salt' + workerData, 1000, 16, 'sha256', (err2, key) => {
      if (err2) throw err2;
      setTimeout(() => {
        clearInterval(interval);
        parentPort.postMessage({ size: data.length, key: key.toString('hex'), ticked: ticks > 0 });
      }, 5);
    });
  });
`;
const execSize = require('fs').statSync(process.execPath).size;
for (let i = 0; i < 4; i++) {
  const worker = new Worker(code, { eval: true, workerData: i });
  worker.on('message', common.mustCall((value) => {
    assert.strictEqual(value.size, execSize);
    assert.strictEqual(value.key,
                       crypto.pbkdf2Sync('secret', 'salt' + i, 1000, 16, 'sha256').toString('hex'));
    assert.strictEqual(value.ticked, true);
  }));
  worker.on('exit', common.mustCall((code2) => assert.strictEqual(code2, 0)));
}
