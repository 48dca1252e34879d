'use strict';
// flags 'a' appends; flags 'r+' with start overwrites in place; mode is
// used when the file is made; encoding is the default for strings.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const appended = tmpdir.resolve('append.txt');
fs.writeFileSync(appended, 'one,');
fs.createWriteStream(appended, { flags: 'a' }).end('two', common.mustCall(() => {
  assert.strictEqual(fs.readFileSync(appended, 'utf8'), 'one,two');
}));

const patched = tmpdir.resolve('patch.txt');
fs.writeFileSync(patched, '0123456789');
const stream = fs.createWriteStream(patched, { flags: 'r+', start: 3 });
stream.write('ab');
stream.end('c');
stream.on('close', common.mustCall(() => {
  assert.strictEqual(fs.readFileSync(patched, 'utf8'), '012abc6789');
  assert.strictEqual(stream.pos, 6);
}));

const hexed = tmpdir.resolve('hex.txt');
fs.createWriteStream(hexed, { encoding: 'hex', mode: 0o600 }).end('414243', common.mustCall(() => {
  assert.strictEqual(fs.readFileSync(hexed, 'utf8'), 'ABC');
  assert.strictEqual(fs.statSync(hexed).mode & 0o777, 0o600 & ~process.umask());
}));

assert.throws(() => fs.createWriteStream(hexed, { start: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.createWriteStream(hexed, { start: '1' }), { code: 'ERR_INVALID_ARG_TYPE' });
