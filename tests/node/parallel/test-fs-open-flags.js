'use strict';
// fs.open's flags: each string names a combination of O_* bits, numbers pass
// through, and the exclusive forms fail on a file that exists.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const { O_RDONLY, O_RDWR, O_WRONLY, O_CREAT, O_EXCL, O_APPEND, O_TRUNC } = fs.constants;
const file = tmpdir.resolve('flags.txt');

// 'wx' creates; a second 'wx' finds it there.
fs.closeSync(fs.openSync(file, 'wx'));
assert.throws(() => fs.openSync(file, 'wx'), { code: 'EEXIST', syscall: 'open', path: file });
assert.throws(() => fs.openSync(file, 'xw+'), { code: 'EEXIST' });

// 'a' appends whatever the position says; 'w' truncates.
fs.writeFileSync(file, 'abc');
const appending = fs.openSync(file, 'a');
fs.writeSync(appending, 'd', 0);
fs.closeSync(appending);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcd');
fs.closeSync(fs.openSync(file, 'w'));
assert.strictEqual(fs.readFileSync(file, 'utf8'), '');

// A number is used as it is.
const fd = fs.openSync(file, O_RDWR | O_CREAT | O_TRUNC | O_APPEND);
assert.strictEqual(fs.writeSync(fd, 'xyz'), 3);
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'xyz');
fs.closeSync(fs.openSync(file, O_RDONLY));
assert.ok(O_WRONLY !== O_RDONLY && O_EXCL > 0);

// 'r' cannot write.
const reading = fs.openSync(file, 'r');
assert.throws(() => fs.writeSync(reading, 'no'), { code: 'EBADF', syscall: 'write' });
fs.closeSync(reading);

for (const bad of ['', 'rw', 'x', 'r++', {}, true]) {
  assert.throws(() => fs.openSync(file, bad), { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
}
assert.throws(() => fs.openSync(file, 1.5), { code: 'ERR_OUT_OF_RANGE' });
fs.open(file, 'r+', common.mustSucceed((fd2) => fs.close(fd2, common.mustSucceed())));
fs.open(tmpdir.resolve('missing'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${tmpdir.resolve('missing')}'`);
}));
