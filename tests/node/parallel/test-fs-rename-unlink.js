'use strict';
// rename moves a name (replacing a file there), unlink removes one; their
// errors name both paths when there are two.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const a = tmpdir.resolve('a');
const b = tmpdir.resolve('b');
fs.writeFileSync(a, 'A');
fs.writeFileSync(b, 'B');
fs.renameSync(a, b);
assert.strictEqual(fs.existsSync(a), false);
assert.strictEqual(fs.readFileSync(b, 'utf8'), 'A');
assert.throws(() => fs.renameSync(a, b), {
  code: 'ENOENT', syscall: 'rename', path: a, dest: b,
  message: `ENOENT: no such file or directory, rename '${a}' -> '${b}'`,
});
assert.throws(() => fs.renameSync(b, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "newPath" argument must be of type string or an instance of Buffer or URL. ' +
           'Received type number (5)',
});
fs.rename(b, a, common.mustSucceed(() => {
  fs.unlink(a, common.mustSucceed(() => {
    assert.strictEqual(fs.existsSync(a), false);
    fs.unlink(a, common.mustCall((err) => {
      assert.strictEqual(err.code, 'ENOENT');
      assert.strictEqual(err.syscall, 'unlink');
    }));
  }));
}));
fs.mkdirSync(tmpdir.resolve('dir'));
assert.throws(() => fs.unlinkSync(tmpdir.resolve('dir')), (err) => ['EISDIR', 'EPERM'].includes(err.code));
