'use strict';
// fs.write and fs.writeSync: a buffer with offset, length and position, or
// a string with position and encoding; the callback gets the count and the
// value written.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('out');
const fd = fs.openSync(file, 'w+');
assert.strictEqual(fs.writeSync(fd, Buffer.from('0123456789')), 10);
assert.strictEqual(fs.writeSync(fd, Buffer.from('abcd'), 1, 2, 0), 2);
assert.strictEqual(fs.writeSync(fd, Buffer.from('XY'), { position: 8 }), 2);
assert.strictEqual(fs.writeSync(fd, 'ff', 4, 'hex'), 1);
assert.strictEqual(fs.readFileSync(file, 'latin1'), 'bc23\xff567XY');
assert.throws(() => fs.writeSync(fd, 'abc', 0, 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'encoding' is invalid for data of length 3. Received 'hex'",
});
assert.throws(() => fs.writeSync(fd, Buffer.alloc(2), 3), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.writeSync(fd, 12), { code: 'ERR_INVALID_ARG_TYPE' });

const data = Buffer.from('buffer');
fs.write(fd, data, 0, 6, 0, common.mustSucceed((written, buffer) => {
  assert.strictEqual(written, 6);
  assert.strictEqual(buffer, data);
  fs.write(fd, 'string', 0, 'utf8', common.mustSucceed((written2, string) => {
    assert.strictEqual(written2, 6);
    assert.strictEqual(string, 'string');
    fs.write(fd, Buffer.from('!'), common.mustSucceed((written3) => {
      assert.strictEqual(written3, 1);
      fs.writev(fd, [Buffer.from('v'), Buffer.from('w')], 0, common.mustSucceed((n, buffers) => {
        assert.strictEqual(n, 2);
        assert.strictEqual(buffers.length, 2);
        assert.strictEqual(fs.readFileSync(file, 'latin1').slice(0, 6), 'vwring');
        fs.closeSync(fd);
      }));
    }));
  }));
}));
