'use strict';
// Stress: 50 workers started and stopped one after another, then 1,000,000
// small messages through one MessageChannel. Nothing may leak: the number
// of open file descriptors is the same before and after, and the resident
// memory has not grown by more than a bound. (Slow: over 10 s on a busy
// machine; ctest labels it `slow`.)
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { Worker, MessageChannel } = require('worker_threads');

const fdCount = () => fs.readdirSync('/proc/self/fd').length;
const WORKERS = 50;
const MESSAGES = 1000000;

function startAndStop(left, done) {
  if (left === 0) return done();
  const worker = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.postMessage('up');
    setInterval(() => {}, 1000);
  `, { eval: true });
  worker.once('message', () => worker.terminate());
  worker.once('exit', (code) => {
    assert.strictEqual(code, 1);
    startAndStop(left - 1, done);
  });
}

function flood(done) {
  const { port1, port2 } = new MessageChannel();
  let received = 0;
  let sum = 0;
  port2.on('message', (message) => {
    received++;
    sum += message.n;
    if (received === MESSAGES) {
      assert.strictEqual(sum, (MESSAGES - 1) * MESSAGES / 2);
      port1.close();
      done();
    }
  });
  // In batches, so that the queue is read while it is being filled.
  let sent = 0;
  (function send() {
    for (let i = 0; i < 10000 && sent < MESSAGES; i++, sent++) port1.postMessage({ n: sent });
    if (sent < MESSAGES) setImmediate(send);
  })();
}

// A first worker and a first flood warm up what is made once (code caches,
// the heap's first growth); the leak check starts after them.
startAndStop(1, common.mustCall(() => {
  global.gc?.();
  const fdsBefore = fdCount();
  const rssBefore = process.memoryUsage().rss;
  startAndStop(WORKERS, common.mustCall(() => {
    flood(common.mustCall(() => {
      setImmediate(common.mustCall(() => {
        const fdsAfter = fdCount();
        const grownMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
        assert.strictEqual(fdsAfter, fdsBefore, `fds: ${fdsBefore} before, ${fdsAfter} after`);
        assert.ok(grownMb < 150, `RSS grew by ${grownMb.toFixed(1)} MiB`);
        if (process.env.STRESS_VERBOSE) {
          console.log(`fds ${fdsBefore} -> ${fdsAfter}, RSS +${grownMb.toFixed(1)} MiB`);
        }
      }));
    }));
  }));
}));
