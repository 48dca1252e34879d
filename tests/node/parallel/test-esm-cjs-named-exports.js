'use strict';
// CommonJS from import: default is module.exports; named exports are the
// names a static reading finds, whatever runs.
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

write('lib.cjs', `
  exports.one = 1;
  module.exports.two = 2;
  exports.notAtStart = undefined;
  exports.later = 'set';
  globalThis.cjsRuns = (globalThis.cjsRuns || 0) + 1;
`);
write('dynamic.cjs', `
  const name = 'dynamic';
  exports[name] = 'not statically visible';
`);
(async () => {
  const lib = await import(tmpdir.resolve('lib.cjs'));
  assert.deepStrictEqual(Object.keys(lib), ['default', 'later', 'notAtStart', 'one', 'two']);
  assert.strictEqual(lib.default, require(tmpdir.resolve('lib.cjs')));
  assert.strictEqual(lib.one, 1);
  assert.strictEqual(globalThis.cjsRuns, 1);
  const dynamic = await import(tmpdir.resolve('dynamic.cjs'));
  assert.deepStrictEqual(Object.keys(dynamic), ['default']);
  assert.strictEqual(dynamic.default.dynamic, 'not statically visible');
})().then(common.mustCall());
