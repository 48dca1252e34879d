'use strict';
// copyFile copies contents; COPYFILE_EXCL refuses to overwrite; the mode
// is checked as Node checks it.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const src = tmpdir.resolve('src');
const dest = tmpdir.resolve('dest');
fs.writeFileSync(src, 'copy me');
fs.copyFileSync(src, dest);
assert.strictEqual(fs.readFileSync(dest, 'utf8'), 'copy me');
assert.throws(() => fs.copyFileSync(src, dest, fs.constants.COPYFILE_EXCL), {
  code: 'EEXIST',
  syscall: 'copyfile',
  path: src,
  dest,
  message: `EEXIST: file already exists, copyfile '${src}' -> '${dest}'`,
});
assert.throws(() => fs.copyFileSync(src, dest, 8), {
  code: 'ERR_OUT_OF_RANGE', message: 'mode is out of range: >= 0 && <= 7',
});
assert.throws(() => fs.copyFileSync(src, dest, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'mode must be int32 or null/undefined',
});
fs.copyFile(tmpdir.resolve('missing'), dest, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
}));
fs.copyFile(src, tmpdir.resolve('second'), common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(tmpdir.resolve('second'), 'utf8'), 'copy me');
}));
fs.promises.copyFile(src, dest, fs.constants.COPYFILE_EXCL)
  .then(common.mustNotCall(), common.mustCall((err) => assert.strictEqual(err.code, 'EEXIST')));
