'use strict';
// fs.read and fs.readSync take the buffer's range as arguments or as an
// options object; with no buffer at all, fs.read makes one of 16 KiB.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('data');
fs.writeFileSync(file, 'abcdefghij');
const fd = fs.openSync(file, 'r');

const buffer = Buffer.alloc(4);
assert.strictEqual(fs.readSync(fd, buffer, 1, 2, 3), 2);
assert.strictEqual(buffer.toString('latin1', 1, 3), 'de');
assert.strictEqual(fs.readSync(fd, buffer, { position: 6 }), 4);
assert.strictEqual(buffer.toString(), 'ghij');
assert.strictEqual(fs.readSync(fd, buffer, { offset: 2, length: 1, position: 0 }), 1);
assert.strictEqual(buffer.toString(), 'ghaj');
assert.strictEqual(fs.readSync(fd, new Uint8Array(3), 0, 3, 100), 0);
assert.strictEqual(fs.readSync(fd, buffer, 0, 0, 0), 0);

fs.read(fd, Buffer.alloc(3), 0, 3, 7, common.mustSucceed((bytesRead, buf) => {
  assert.strictEqual(bytesRead, 3);
  assert.strictEqual(buf.toString(), 'hij');
}));
fs.read(fd, { buffer: Buffer.alloc(2), position: 1 }, common.mustSucceed((bytesRead, buf) => {
  assert.strictEqual(buf.toString(), 'bc');
}));
fs.read(fd, Buffer.alloc(2), { position: 4 }, common.mustSucceed((bytesRead, buf) => {
  assert.strictEqual(buf.toString(), 'ef');
}));
fs.read(fd, common.mustSucceed((bytesRead, buf) => {
  assert.strictEqual(buf.length, 16384);
  assert.ok(bytesRead <= 10);
}));
fs.read(fd, Buffer.alloc(4), 0, 0, 0, common.mustSucceed((bytesRead) => {
  assert.strictEqual(bytesRead, 0);
}));

assert.throws(() => fs.readSync(fd, Buffer.alloc(4), 0, 5, 0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be <= 4. Received 5',
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(4), 0, 1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.read(fd, Buffer.alloc(4), 0, 1, 0), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.readSync(fd, 'str'), { code: 'ERR_INVALID_ARG_TYPE' });
process.on('exit', () => fs.closeSync(fd));
