'use strict';
// chmod/fchmod take numbers or octal strings; utimes/futimes take seconds,
// numeric strings or Dates.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('m');
fs.writeFileSync(file, '');
const mode = () => fs.statSync(file).mode & 0o777;
fs.chmodSync(file, 0o640);
assert.strictEqual(mode(), 0o640);
fs.chmodSync(file, '604');
assert.strictEqual(mode(), 0o604);
const fd = fs.openSync(file, 'r+');
fs.fchmodSync(fd, 0o600);
assert.strictEqual(mode(), 0o600);
assert.throws(() => fs.chmodSync(file, 'rwx'), { code: 'ERR_INVALID_ARG_VALUE' });

fs.utimesSync(file, 10, 20);
assert.strictEqual(fs.statSync(file).mtimeMs, 20000);
fs.utimesSync(file, '30', new Date(40000));
assert.strictEqual(fs.statSync(file).atimeMs, 30000);
assert.strictEqual(fs.statSync(file).mtimeMs, 40000);
fs.futimesSync(fd, 50, 60.5);
assert.strictEqual(fs.statSync(file).mtimeMs, 60500);
assert.throws(() => fs.utimesSync(file, 'soon', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "time" argument must be an instance of Date or an Time in seconds. ' +
           "Received type string ('soon')",
});
assert.throws(() => fs.futimesSync(fd, 1, {}), { code: 'ERR_INVALID_ARG_TYPE' });

fs.chmod(file, 0o644, common.mustSucceed(() => {
  assert.strictEqual(mode(), 0o644);
  fs.fchmod(fd, 0o600, common.mustSucceed(() => {
    fs.utimes(file, 1, 2, common.mustSucceed(() => {
      fs.futimes(fd, 3, 4, common.mustSucceed(() => {
        assert.strictEqual(fs.statSync(file).mtimeMs, 4000);
        fs.closeSync(fd);
      }));
    }));
  }));
}));
fs.chmod(tmpdir.resolve('none'), 0o600, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'chmod');
}));
