'use strict';
// rmdir with { recursive: true } still works in Node 20 and is deprecated
// (DEP0147, warned once); without it a folder must be empty.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0147');
}));
const dir = tmpdir.resolve('d');
fs.mkdirSync(`${dir}/sub`, { recursive: true });
fs.writeFileSync(`${dir}/sub/f`, '');
assert.throws(() => fs.rmdirSync(dir), { code: 'ENOTEMPTY', syscall: 'rmdir' });
fs.rmdirSync(dir, { recursive: true });
assert.strictEqual(fs.existsSync(dir), false);
assert.throws(() => fs.rmdirSync(dir, { recursive: true }), { code: 'ENOENT', syscall: 'lstat' });
fs.writeFileSync(tmpdir.resolve('file'), '');
assert.throws(() => fs.rmdirSync(tmpdir.resolve('file'), { recursive: true }), { code: 'ENOTDIR' });
fs.mkdirSync(`${dir}/x/y`, { recursive: true });
fs.rmdir(dir, { recursive: true }, common.mustSucceed(() => {
  assert.strictEqual(fs.existsSync(dir), false);
}));
assert.throws(() => fs.rmdirSync(dir, { maxRetries: -1, recursive: true }), {
  code: 'ERR_OUT_OF_RANGE',
});
