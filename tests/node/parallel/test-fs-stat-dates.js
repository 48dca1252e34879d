'use strict';
// Stats: the times as milliseconds and as Dates that agree, the type tests,
// and results of concurrent stats that do not overwrite each other.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('d');
fs.writeFileSync(file, 'x');
const when = new Date('2020-02-02T02:02:02.250Z');
fs.utimesSync(file, when, when);
const stats = fs.statSync(file);
assert.ok(stats instanceof fs.Stats);
assert.strictEqual(stats.mtimeMs, when.getTime());
assert.strictEqual(stats.mtime.toISOString(), '2020-02-02T02:02:02.250Z');
assert.strictEqual(stats.atime.getTime(), when.getTime());
assert.ok(stats.ctime instanceof Date && stats.birthtime instanceof Date);
assert.strictEqual(Math.round(stats.ctimeMs), stats.ctime.getTime());
assert.ok(stats.isFile());
assert.ok(fs.statSync(tmpdir.path).isDirectory());
assert.ok(fs.statSync('/dev/null').isCharacterDevice());
assert.strictEqual(fs.statSync(tmpdir.resolve('none'), { throwIfNoEntry: false }), undefined);
assert.throws(() => fs.statSync(tmpdir.resolve('none')), {
  code: 'ENOENT', errno: -2, syscall: 'stat', path: tmpdir.resolve('none'),
});

// Two stats in flight at once each get their own answer.
let pending = 2;
const sizes = {};
for (const [name, data] of [['one', '1'], ['two', '22']]) {
  fs.writeFileSync(tmpdir.resolve(name), data);
  fs.stat(tmpdir.resolve(name), common.mustSucceed((s) => {
    sizes[name] = s;
    if (--pending === 0) {
      assert.strictEqual(sizes.one.size, 1);
      assert.strictEqual(sizes.two.size, 2);
    }
  }));
}
