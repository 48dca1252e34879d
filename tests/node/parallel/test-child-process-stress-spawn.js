'use strict';
// 1,000 children spawned one after another, each with its three stdio pipes,
// each waited for until 'close': nothing may leak. The open fds (counted in
// /proc/self/fd) must be the same before and after, and the resident memory
// may grow only by a bound (the heap settles, the handles are all freed).
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');

if (!fs.existsSync('/proc/self/fd')) common.skip('needs /proc/self/fd');

const COUNT = 1000;
const RSS_BOUND = 48 * 1024 * 1024;

function openFds() {
  return fs.readdirSync('/proc/self/fd').length;
}

// One warm-up child first: the first spawn loads code and makes caches
// (the SIGCHLD watcher, lazily loaded modules) that are not leaks.
cp.spawn('true').on('close', common.mustCall(() => {
  const fdsBefore = openFds();
  const rssBefore = process.memoryUsage.rss();
  let done = 0;
  (function next() {
    if (done === COUNT) {
      setImmediate(common.mustCall(() => {
        const fdsAfter = openFds();
        const grown = process.memoryUsage.rss() - rssBefore;
        assert.strictEqual(fdsAfter, fdsBefore);
        assert.ok(grown < RSS_BOUND, `RSS grew by ${grown} bytes`);
      }));
      return;
    }
    const child = cp.spawn('true');
    child.stdout.resume();
    child.on('close', (code) => {
      assert.strictEqual(code, 0);
      done++;
      next();
    });
  })();
}));
