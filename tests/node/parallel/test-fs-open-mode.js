'use strict';
// The mode of a new file: a number or an octal string, validated before
// any system call, and masked by the umask.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const mask = process.umask ? process.umask() : 0o022;
const file = (name) => tmpdir.resolve(name);
fs.closeSync(fs.openSync(file('a'), 'w', 0o640));
assert.strictEqual(fs.statSync(file('a')).mode & 0o777, 0o640 & ~mask);
fs.closeSync(fs.openSync(file('b'), 'w', '600'));
assert.strictEqual(fs.statSync(file('b')).mode & 0o777, 0o600 & ~mask);
fs.writeFileSync(file('c'), '', { mode: 0o604 });
assert.strictEqual(fs.statSync(file('c')).mode & 0o777, 0o604 & ~mask);

assert.throws(() => fs.openSync(file('d'), 'w', '9'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received '9'",
});
assert.throws(() => fs.openSync(file('d'), 'w', -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "mode" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => fs.openSync(file('d'), 'w', 1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.openSync(file('d'), 'w', {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(fs.existsSync(file('d')), false);
fs.open(file('e'), 'w', 0o600, common.mustSucceed((fd) => fs.closeSync(fd)));
fs.promises.open(file('f'), 'w', 'zz').then(common.mustNotCall(), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_VALUE');
}));
