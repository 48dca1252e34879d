'use strict';
// A failed system call is an Error whose message says the code, the
// description, the call and the paths, with errno, code, syscall, path and
// dest as properties; the three calling forms make the same error.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const missing = tmpdir.resolve('missing');
const expected = {
  name: 'Error',
  code: 'ENOENT',
  errno: os.constants.errno.ENOENT * -1,
  syscall: 'open',
  path: missing,
  message: `ENOENT: no such file or directory, open '${missing}'`,
};
assert.throws(() => fs.openSync(missing), expected);
fs.open(missing, common.mustCall((err) => {
  assert.throws(() => { throw err; }, expected);
  assert.deepStrictEqual(Object.keys(err).sort(), ['code', 'errno', 'path', 'syscall']);
}));
fs.promises.open(missing).then(common.mustNotCall(), common.mustCall((err) => {
  assert.throws(() => { throw err; }, expected);
}));
fs.writeFileSync(tmpdir.resolve('a'), '');
fs.link(tmpdir.resolve('a'), tmpdir.resolve('a'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'EEXIST');
  assert.strictEqual(err.dest, tmpdir.resolve('a'));
  assert.strictEqual(err.message, `EEXIST: file already exists, link '${tmpdir.resolve('a')}' -> '${tmpdir.resolve('a')}'`);
}));
assert.throws(() => fs.readdirSync(missing), { syscall: 'scandir' });
assert.throws(() => fs.utimesSync(missing, 1, 1), { syscall: 'utime' });
assert.throws(() => fs.opendirSync(missing), {
  syscall: 'opendir', message: 'ENOENT: no such file or directory, opendir',
});
