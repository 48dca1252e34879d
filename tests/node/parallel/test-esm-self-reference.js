'use strict';
// A package may require and import itself by its "name", through its
// "exports"; without "exports" the name is not its own.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
function write(relative, content) {
  const file = tmpdir.resolve(relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

write('me/package.json', JSON.stringify({
  name: '@scope/me',
  exports: { '.': { import: './esm.mjs', require: './cjs.js' }, './feature': './feature.js' },
}));
write('me/esm.mjs', 'export const how = "import";');
write('me/cjs.js', 'exports.how = "require";');
write('me/feature.js', 'exports.feature = true;');
const inside = write('me/deep/inside.js', `
exports.required = require('@scope/me').how;
exports.feature = require('@scope/me/feature').feature;
exports.resolved = require.resolve('@scope/me');
exports.imported = () => import('@scope/me');
`);
write('other/package.json', JSON.stringify({ name: 'other', main: 'main.js' }));
const other = write('other/main.js', 'exports.load = () => require("other");');

const me = require(inside);
assert.strictEqual(me.required, 'require');
assert.strictEqual(me.feature, true);
assert.strictEqual(me.resolved, tmpdir.resolve('me/cjs.js'));
assert.throws(() => require(inside.replace('inside.js', 'x.js')), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => require('module').createRequire(inside)('@scope/me/missing'),
              { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
assert.throws(() => require(other).load(), { code: 'MODULE_NOT_FOUND' });
me.imported().then(common.mustCall((namespace) => {
  assert.strictEqual(namespace.how, 'import');
}));
