'use strict';
// fs.watchFile polls a path's stats: its listener gets the current and the
// previous Stats; unwatchFile removes it, and the watcher emits 'stop'.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('polled');
fs.writeFileSync(file, 'short');
const timeout = setTimeout(() => assert.fail('no change'), common.platformTimeout(5000));
const listener = common.mustCall((curr, prev) => {
  assert.ok(curr instanceof fs.Stats);
  assert.ok(prev instanceof fs.Stats);
  assert.strictEqual(prev.size, 5);
  assert.strictEqual(curr.size, 14);
  clearTimeout(timeout);
  fs.unwatchFile(file, listener);
});
const watcher = fs.watchFile(file, { interval: 10 }, listener);
watcher.on('stop', common.mustCall());
// The same path shares one watcher.
assert.strictEqual(fs.watchFile(file, { interval: 10 }, common.mustNotCall()), watcher);
fs.unwatchFile(file, () => {});  // not a listener of it: nothing happens
assert.strictEqual(watcher.listenerCount('change'), 2);
watcher.removeAllListeners('change');
watcher.on('change', listener);
setTimeout(() => {
  fs.writeFileSync(`${file}.new`, 'a longer value');
  fs.renameSync(`${file}.new`, file);
}, 50);

assert.throws(() => fs.watchFile(file), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.watchFile(tmpdir.resolve('other'), { interval: -1 }, () => {}),
              { code: 'ERR_OUT_OF_RANGE' });
fs.unwatchFile(tmpdir.resolve('never watched'));
