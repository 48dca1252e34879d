'use strict';
// rm: a file; a folder only with recursive (else ERR_FS_EISDIR, a
// SystemError); a missing path only with force.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const tree = tmpdir.resolve('tree');
fs.mkdirSync(`${tree}/a/b/c`, { recursive: true });
fs.writeFileSync(`${tree}/a/file`, '1');
fs.writeFileSync(`${tree}/a/b/c/deep`, '2');
fs.symlinkSync(`${tree}/a`, `${tree}/link`);

assert.throws(() => fs.rmSync(tree), (err) => {
  assert.strictEqual(err.name, 'SystemError');
  assert.strictEqual(err.code, 'ERR_FS_EISDIR');
  assert.strictEqual(err.message, `Path is a directory: rm returned EISDIR (is a directory) ${tree}`);
  assert.strictEqual(err.syscall, 'rm');
  assert.strictEqual(err.path, tree);
  assert.strictEqual(err.info.code, 'EISDIR');
  return true;
});
assert.throws(() => fs.rmSync(tmpdir.resolve('missing')), { code: 'ENOENT', syscall: 'lstat' });
fs.rmSync(tmpdir.resolve('missing'), { force: true });
// A link is removed, not followed.
fs.rmSync(`${tree}/link`);
assert.ok(fs.existsSync(`${tree}/a/file`));
assert.throws(() => fs.rmSync(tree, { recursive: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });

fs.rm(tree, common.mustCall((err) => assert.strictEqual(err.code, 'ERR_FS_EISDIR')));
fs.rm(tree, { recursive: true }, common.mustSucceed(() => {
  assert.strictEqual(fs.existsSync(tree), false);
  fs.rm(tree, { force: true }, common.mustSucceed());
  fs.promises.rm(tree).then(common.mustNotCall(), common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOENT');
  }));
}));
