'use strict';
// opendir and Dir: entries one at a time (sync, callback, promise, async
// iteration), and a closed Dir refuses everything with ERR_DIR_CLOSED.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

for (const name of ['x', 'y', 'z']) fs.writeFileSync(tmpdir.resolve(name), name);
const all = ['x', 'y', 'z'];

const dir = fs.opendirSync(tmpdir.path);
assert.strictEqual(dir.path, tmpdir.path);
const names = [];
for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) {
  assert.ok(entry instanceof fs.Dirent);
  names.push(entry.name);
}
assert.deepStrictEqual(names.sort(), all);
dir.closeSync();
assert.throws(() => dir.closeSync(), { code: 'ERR_DIR_CLOSED', message: 'Directory handle was closed' });
assert.throws(() => dir.readSync(), { code: 'ERR_DIR_CLOSED' });
dir.close().then(common.mustNotCall(), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_DIR_CLOSED');
}));

fs.opendir(tmpdir.path, common.mustSucceed((d) => {
  d.read(common.mustSucceed((entry) => {
    assert.ok(all.includes(entry.name));
    d.close(common.mustSucceed());
  }));
}));

(async () => {
  const seen = [];
  for await (const entry of await fs.promises.opendir(tmpdir.path)) seen.push(entry.name);
  assert.deepStrictEqual(seen.sort(), all);
  const d = await fs.promises.opendir(tmpdir.path, { bufferSize: 2 });
  const first = await d.read();
  assert.ok(all.includes(first.name));
  await d.close();
})().then(common.mustCall());

fs.promises.opendir(tmpdir.resolve('none')).then(common.mustNotCall(), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'opendir');
}));
assert.throws(() => fs.opendirSync(tmpdir.path, { bufferSize: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.opendir(tmpdir.path), { code: 'ERR_INVALID_ARG_TYPE' });
