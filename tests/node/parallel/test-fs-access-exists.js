'use strict';
// access answers nothing or fails with the reason; exists and existsSync
// answer a bare boolean and never throw.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const util = require('util');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('here');
const missing = tmpdir.resolve('gone');
fs.writeFileSync(file, '');
assert.strictEqual(fs.accessSync(file), undefined);
assert.strictEqual(fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK), undefined);
assert.throws(() => fs.accessSync(missing), {
  code: 'ENOENT', syscall: 'access', message: `ENOENT: no such file or directory, access '${missing}'`,
});
assert.throws(() => fs.accessSync(file, 'r'), { code: 'ERR_INVALID_ARG_TYPE' });
fs.access(file, common.mustSucceed());
fs.access(missing, fs.constants.F_OK, common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
fs.promises.access(file).then(common.mustCall((value) => assert.strictEqual(value, undefined)));

assert.strictEqual(fs.existsSync(file), true);
assert.strictEqual(fs.existsSync(missing), false);
assert.strictEqual(fs.existsSync(), false);
assert.strictEqual(fs.existsSync({}), false);
assert.strictEqual(fs.existsSync('a\0b'), false);
assert.strictEqual(fs.existsSync(Buffer.from(file)), true);
fs.exists(file, common.mustCall((yes) => assert.strictEqual(yes, true)));
fs.exists(missing, common.mustCall((yes) => assert.strictEqual(yes, false)));
util.promisify(fs.exists)(file).then(common.mustCall((yes) => assert.strictEqual(yes, true)));
