'use strict';
// Which files are ES modules: .mjs, .js under "type": "module"; .cjs
// and .js elsewhere are CommonJS.
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

write('type/package.json', '{ "type": "module" }');
write('type/a.js', 'export const kind = "esm"; export const hasRequire = typeof require;');
write('type/b.cjs', 'exports.kind = "cjs";');
write('plain/c.js', 'exports.kind = "cjs";');
write('m.mjs', 'export default "mjs"; export const x = 1;');
(async () => {
  const a = await import(tmpdir.resolve('type/a.js'));
  assert.strictEqual(a.kind, 'esm');
  assert.strictEqual(a.hasRequire, 'undefined');
  assert.strictEqual((await import(tmpdir.resolve('type/b.cjs'))).kind, 'cjs');
  assert.strictEqual((await import(tmpdir.resolve('plain/c.js'))).kind, 'cjs');
  // require() of a synchronous ES module gives its namespace.
  const m = require(tmpdir.resolve('m.mjs'));
  assert.strictEqual(m.default, 'mjs');
  assert.strictEqual(m.__esModule, true);
  assert.strictEqual(require(tmpdir.resolve('type/a.js')).kind, 'esm');
})().then(common.mustCall());
