'use strict';
// { bigint: true } gives BigIntStats: every field a BigInt, times also in
// nanoseconds, and the same answers as the number form.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('b');
fs.writeFileSync(file, '12345');
fs.utimesSync(file, 1.5, 2.25);
function check(big) {
  assert.strictEqual(big.constructor.name, 'BigIntStats');
  assert.strictEqual(big.size, 5n);
  assert.strictEqual(big.mtimeNs, 2250000000n);
  assert.strictEqual(big.mtimeMs, 2250n);
  assert.strictEqual(big.atimeNs, 1500000000n);
  assert.strictEqual(big.mtime.getTime(), 2250);
  assert.ok(big.isFile() && !big.isDirectory());
  for (const key of ['dev', 'ino', 'mode', 'nlink', 'uid', 'gid', 'blocks', 'blksize']) {
    assert.strictEqual(typeof big[key], 'bigint', key);
  }
}
const number = fs.statSync(file);
const big = fs.statSync(file, { bigint: true });
check(big);
assert.strictEqual(BigInt(number.ino), big.ino);
assert.strictEqual(number.mtimeMs, 2250);
check(fs.lstatSync(file, { bigint: true }));
const fd = fs.openSync(file, 'r');
check(fs.fstatSync(fd, { bigint: true }));
fs.fstat(fd, { bigint: true }, common.mustSucceed((stats) => {
  check(stats);
  fs.closeSync(fd);
}));
fs.stat(file, { bigint: true }, common.mustSucceed(check));
fs.promises.stat(file, { bigint: true }).then(common.mustCall(check));
