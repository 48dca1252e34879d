'use strict';
// symlink, readlink, lstat of a link, and realpath (the JavaScript walk
// and realpath.native) through links and relative targets.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const base = fs.realpathSync(tmpdir.path);
fs.mkdirSync(path.join(base, 'real', 'inner'), { recursive: true });
fs.writeFileSync(path.join(base, 'real', 'inner', 'target'), 't');
fs.symlinkSync('real', path.join(base, 'dirlink'), 'dir');
fs.symlinkSync(path.join('inner', 'target'), path.join(base, 'real', 'filelink'));
fs.symlinkSync(path.join(base, 'dirlink', 'filelink'), path.join(base, 'chain'));

assert.strictEqual(fs.readlinkSync(path.join(base, 'dirlink')), 'real');
assert.ok(fs.lstatSync(path.join(base, 'chain')).isSymbolicLink());
const expected = path.join(base, 'real', 'inner', 'target');
assert.strictEqual(fs.realpathSync(path.join(base, 'chain')), expected);
assert.strictEqual(fs.realpathSync.native(path.join(base, 'chain')), expected);
assert.strictEqual(fs.realpathSync(path.join(base, 'dirlink', 'inner', '..', 'filelink')), expected);
assert.ok(Buffer.isBuffer(fs.realpathSync(path.join(base, 'chain'), 'buffer')));
fs.realpath(path.join(base, 'chain'), common.mustSucceed((p) => assert.strictEqual(p, expected)));
fs.realpath.native(path.join(base, 'chain'), common.mustSucceed((p) => assert.strictEqual(p, expected)));
fs.promises.realpath(path.join(base, 'chain')).then(common.mustCall((p) => assert.strictEqual(p, expected)));

// A dangling link: realpath fails, lstat does not.
fs.symlinkSync('nowhere', path.join(base, 'dangling'));
assert.ok(fs.lstatSync(path.join(base, 'dangling')).isSymbolicLink());
assert.throws(() => fs.realpathSync(path.join(base, 'dangling')), { code: 'ENOENT' });
assert.throws(() => fs.realpathSync(path.join(base, 'missing', 'x')), {
  code: 'ENOENT', syscall: 'lstat', path: path.join(base, 'missing'),
});
assert.throws(() => fs.realpathSync.native(path.join(base, 'missing')), { syscall: 'realpath' });
assert.throws(() => fs.readlinkSync(expected), { code: 'EINVAL', syscall: 'readlink' });
assert.throws(() => fs.symlinkSync('a', path.join(base, 'l'), 'weird'), {
  code: 'ERR_FS_INVALID_SYMLINK_TYPE',
  message: 'Symlink type must be one of "dir", "file", or "junction". Received "weird"',
});
fs.symlink('real', path.join(base, 'dirlink'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'EEXIST');
  assert.strictEqual(err.dest, path.join(base, 'dirlink'));
}));
