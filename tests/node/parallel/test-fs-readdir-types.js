'use strict';
// readdir with { withFileTypes: true }: Dirents, whose type tests come from
// the directory entry itself (no stat), with the folder as path/parentPath.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const dir = tmpdir.path;
fs.writeFileSync(tmpdir.resolve('file'), '');
fs.mkdirSync(tmpdir.resolve('folder'));
fs.symlinkSync('file', tmpdir.resolve('link'));

function check(dirents) {
  assert.deepStrictEqual(dirents.map((d) => d.name), ['file', 'folder', 'link']);
  const [file, folder, link] = dirents;
  assert.ok(file instanceof fs.Dirent);
  assert.ok(file.isFile() && !file.isDirectory() && !file.isSymbolicLink());
  assert.ok(folder.isDirectory() && !folder.isFile());
  assert.ok(link.isSymbolicLink() && !link.isFile());
  for (const d of dirents) {
    assert.strictEqual(d.path, dir);
    assert.strictEqual(d.parentPath, dir);
    assert.ok(!d.isFIFO() && !d.isSocket() && !d.isBlockDevice() && !d.isCharacterDevice());
  }
}
check(fs.readdirSync(dir, { withFileTypes: true }));
fs.readdir(dir, { withFileTypes: true }, common.mustSucceed(check));
fs.promises.readdir(dir, { withFileTypes: true }).then(common.mustCall(check));
const buffers = fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
assert.ok(Buffer.isBuffer(buffers[0].name));
assert.deepStrictEqual(fs.readdirSync(dir), ['file', 'folder', 'link']);
assert.throws(() => fs.readdirSync(tmpdir.resolve('file')), { code: 'ENOTDIR', syscall: 'scandir' });
