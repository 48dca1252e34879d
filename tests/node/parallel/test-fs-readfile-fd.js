'use strict';
// readFile given a descriptor reads from where it stands to the end, and
// leaves it open; given a path it opens and closes its own.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('f');
fs.writeFileSync(file, 'Hello, world');
const fd = fs.openSync(file, 'r');
fs.readSync(fd, Buffer.alloc(7), 0, 7, null);
assert.strictEqual(fs.readFileSync(fd, 'utf8'), 'world');
assert.strictEqual(fs.readFileSync(fd, 'utf8'), '');
fs.readFile(fd, common.mustSucceed((data) => {
  assert.strictEqual(data.length, 0);
  fs.fstatSync(fd);  // still open
  fs.closeSync(fd);
}));
const second = fs.openSync(file, 'r');
fs.readFile(second, 'utf8', common.mustSucceed((text) => {
  assert.strictEqual(text, 'Hello, world');
  fs.closeSync(second);
}));
assert.throws(() => fs.readFileSync(-1), { code: 'ERR_OUT_OF_RANGE' });
// /proc files report a size of 0 and are read until end of file.
if (fs.existsSync('/proc/self/status')) {
  assert.match(fs.readFileSync('/proc/self/status', 'utf8'), /^Name:/);
  fs.readFile('/proc/self/status', 'utf8', common.mustSucceed((text) => assert.match(text, /Pid:/)));
}
