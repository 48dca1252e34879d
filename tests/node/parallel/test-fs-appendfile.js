'use strict';
// appendFile in its three forms, to a path (created if missing) and to a
// descriptor.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('log');
fs.appendFileSync(file, 'a');
fs.appendFileSync(file, Buffer.from('b'));
fs.appendFileSync(file, '63', 'hex');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abc');
const fd = fs.openSync(file, 'a');
fs.appendFileSync(fd, 'd');
fs.closeSync(fd);
fs.appendFile(file, 'e', common.mustSucceed(() => {
  fs.promises.appendFile(file, 'f').then(common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcdef');
  }));
}));
assert.throws(() => fs.appendFileSync(file, 'x', { encoding: 'nope' }), {
  code: 'ERR_INVALID_ARG_VALUE',
});
assert.throws(() => fs.appendFile(file, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
