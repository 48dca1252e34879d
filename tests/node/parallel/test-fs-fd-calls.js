'use strict';
// The calls on a descriptor (close, fsync, fdatasync, fstat, fchown) check
// it first, and a closed one fails with EBADF from the system.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const fd = fs.openSync(tmpdir.resolve('f'), 'w');
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
const { uid, gid } = fs.fstatSync(fd);
fs.fchownSync(fd, uid, gid);
fs.fsync(fd, common.mustSucceed(() => {
  fs.fdatasync(fd, common.mustSucceed(() => {
    fs.close(fd, common.mustSucceed(() => {
      assert.throws(() => fs.fstatSync(fd), { code: 'EBADF', syscall: 'fstat' });
      fs.fsync(fd, common.mustCall((err) => assert.strictEqual(err.code, 'EBADF')));
      fs.close(fd, common.mustCall((err) => {
        assert.strictEqual(err.code, 'EBADF');
        assert.strictEqual(err.syscall, 'close');
        assert.strictEqual(err.message, 'EBADF: bad file descriptor, close');
      }));
    }));
  }));
}));
for (const bad of ['1', 1.5, -1, 2 ** 31, null]) {
  assert.throws(() => fs.closeSync(bad), (err) => ['ERR_INVALID_ARG_TYPE', 'ERR_OUT_OF_RANGE'].includes(err.code));
  assert.throws(() => fs.fsyncSync(bad), (err) => ['ERR_INVALID_ARG_TYPE', 'ERR_OUT_OF_RANGE'].includes(err.code));
}
assert.throws(() => fs.fchownSync(0, -2, 0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.fsync(0), { code: 'ERR_INVALID_ARG_TYPE' });
// close's callback is optional.
fs.close(fs.openSync(tmpdir.resolve('f'), 'r'));
