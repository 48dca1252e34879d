'use strict';
// truncate and ftruncate shorten (or lengthen, with zeros) a file; a
// negative length counts as 0.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('t');
fs.writeFileSync(file, 'abcdef');
fs.truncateSync(file, 3);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abc');
fs.truncateSync(file, 5);
assert.deepStrictEqual([...fs.readFileSync(file)], [97, 98, 99, 0, 0]);
fs.truncateSync(file);
assert.strictEqual(fs.statSync(file).size, 0);
const fd = fs.openSync(file, 'r+');
fs.writeSync(fd, 'hello');
fs.ftruncateSync(fd, 2);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'he');
fs.ftruncateSync(fd, -5);
assert.strictEqual(fs.statSync(file).size, 0);
assert.throws(() => fs.ftruncateSync(fd, '1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.ftruncateSync(fd, 1.5), { code: 'ERR_OUT_OF_RANGE' });
fs.ftruncate(fd, 4, common.mustSucceed(() => {
  assert.strictEqual(fs.statSync(file).size, 4);
  fs.closeSync(fd);
  fs.truncate(file, 1, common.mustSucceed(() => {
    assert.strictEqual(fs.statSync(file).size, 1);
    fs.promises.truncate(file).then(common.mustCall(() => {
      assert.strictEqual(fs.statSync(file).size, 0);
    }));
  }));
}));
fs.truncate(tmpdir.resolve('none'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
}));
