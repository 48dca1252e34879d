'use strict';
// writeFile's options: flag ('a' appends, 'wx' refuses an existing file),
// mode, encoding of a string, flush; and a descriptor instead of a path.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('w');
fs.writeFileSync(file, 'one');
fs.writeFileSync(file, 'two', { flag: 'a' });
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'onetwo');
assert.throws(() => fs.writeFileSync(file, 'x', { flag: 'wx' }), { code: 'EEXIST' });
fs.writeFileSync(file, '6869', 'hex');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hi');
fs.writeFileSync(file, 'flushed', { flush: true });
assert.throws(() => fs.writeFileSync(file, 'x', { flush: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.writeFileSync(file, 42), { code: 'ERR_INVALID_ARG_TYPE' });
fs.writeFileSync(file, new Float32Array([1]));
assert.strictEqual(fs.statSync(file).size, 4);

// A descriptor is written from where it stands and left open.
const fd = fs.openSync(file, 'w');
fs.writeFileSync(fd, 'ab');
fs.writeFileSync(fd, 'cd');
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcd');

fs.writeFile(file, 'async', { mode: 0o600, flag: 'w' }, common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'async');
  fs.writeFile(file, '!', { flag: 'a', flush: true }, common.mustSucceed(() => {
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'async!');
  }));
}));
fs.writeFile(tmpdir.resolve('no/such/dir'), 'x', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
}));
// A large write goes in several pieces and arrives whole.
const big = Buffer.alloc(3 * 1024 * 1024 + 7, 'z');
fs.writeFile(tmpdir.resolve('big'), big, common.mustSucceed(() => {
  assert.ok(fs.readFileSync(tmpdir.resolve('big')).equals(big));
}));
