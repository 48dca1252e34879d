'use strict';
// fs.watch: a write to a watched file is a 'change' event naming it; a
// watcher closed emits 'close' once; a missing path throws at once.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('watched');
fs.writeFileSync(file, 'start');
const timeout = setTimeout(() => assert.fail('no change event'), common.platformTimeout(5000));
const watcher = fs.watch(file, common.mustCallAtLeast((eventType, filename) => {
  assert.ok(['change', 'rename'].includes(eventType));
  assert.strictEqual(filename, path.basename(file));
  clearTimeout(timeout);
  watcher.close();
}));
watcher.on('close', common.mustCall());
assert.strictEqual(watcher.ref(), watcher);
fs.writeFileSync(file, 'changed');

assert.throws(() => fs.watch(tmpdir.resolve('none')), {
  code: 'ENOENT', syscall: 'watch', filename: tmpdir.resolve('none'),
  message: `ENOENT: no such file or directory, watch '${tmpdir.resolve('none')}'`,
});
assert.throws(() => fs.watch(file, { encoding: 'nope' }), { code: 'ERR_INVALID_ARG_VALUE' });
// An aborted signal closes the watcher.
const controller = new AbortController();
const aborted = fs.watch(file, { signal: controller.signal });
aborted.on('close', common.mustCall());
controller.abort();
// Not persistent: does not keep the process alive, even unclosed.
fs.watch(file, { persistent: false });
