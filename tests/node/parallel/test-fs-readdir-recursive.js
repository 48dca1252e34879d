'use strict';
// readdir with { recursive: true }: every entry below the folder, as paths
// relative to it, folders before their contents.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const root = tmpdir.resolve('r');
fs.mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
fs.writeFileSync(path.join(root, 'top'), '');
fs.writeFileSync(path.join(root, 'a', 'mid'), '');
fs.writeFileSync(path.join(root, 'a', 'b', 'low'), '');
const expected = ['a', 'a/b', 'a/b/low', 'a/mid', 'top'];

assert.deepStrictEqual(fs.readdirSync(root, { recursive: true }).sort(), expected);
fs.readdir(root, { recursive: true }, common.mustSucceed((names) => {
  assert.deepStrictEqual(names.sort(), expected);
}));
fs.promises.readdir(root, { recursive: true }).then(common.mustCall((names) => {
  assert.deepStrictEqual(names.sort(), expected);
}));
const dirents = fs.readdirSync(root, { recursive: true, withFileTypes: true });
assert.deepStrictEqual(
  dirents.map((d) => path.relative(root, path.join(d.parentPath, d.name))).sort(), expected);
assert.ok(dirents.find((d) => d.name === 'low').parentPath.endsWith(path.join('a', 'b')));
assert.throws(() => fs.readdirSync(root, { recursive: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.readdirSync(path.join(root, 'none'), { recursive: true }), {
  code: 'ENOENT',
});
