'use strict';
// A missing file: 'error' with ENOENT, then 'close'; no 'open', no 'end'.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const missing = tmpdir.resolve('missing.txt');
const stream = fs.createReadStream(missing);
const events = [];
stream.on('open', common.mustNotCall());
stream.on('end', common.mustNotCall());
stream.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.path, missing);
  events.push('error');
}));
stream.on('close', common.mustCall(() => {
  events.push('close');
  assert.deepStrictEqual(events, ['error', 'close']);
}));
stream.resume();

// A directory opens, but reading it fails with EISDIR.
fs.createReadStream(tmpdir.path).on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'EISDIR');
  assert.strictEqual(err.syscall, 'read');
})).resume();

assert.throws(() => fs.createReadStream(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.createReadStream(missing, { fd: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.createReadStream('a\0b'), { code: 'ERR_INVALID_ARG_VALUE' });
