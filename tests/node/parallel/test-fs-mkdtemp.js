'use strict';
// mkdtemp: the prefix plus six characters, a new empty folder each time.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const prefix = path.join(tmpdir.path, 'pre-');
const first = fs.mkdtempSync(prefix);
const second = fs.mkdtempSync(prefix);
assert.notStrictEqual(first, second);
for (const dir of [first, second]) {
  assert.strictEqual(dir.length, prefix.length + 6);
  assert.ok(dir.startsWith(prefix));
  assert.deepStrictEqual(fs.readdirSync(dir), []);
}
assert.ok(Buffer.isBuffer(fs.mkdtempSync(prefix, { encoding: 'buffer' })));
assert.throws(() => fs.mkdtempSync(path.join(tmpdir.path, 'none', 'x-')), (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'mkdtemp');
  assert.ok(err.path.endsWith('x-XXXXXX'));
  return true;
});
assert.throws(() => fs.mkdtempSync(1), { code: 'ERR_INVALID_ARG_TYPE' });
fs.mkdtemp(prefix, common.mustSucceed((dir) => assert.ok(fs.statSync(dir).isDirectory())));
fs.promises.mkdtemp(prefix).then(common.mustCall((dir) => assert.ok(dir.startsWith(prefix))));
