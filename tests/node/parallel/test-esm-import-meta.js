'use strict';
// import.meta: url (percent-encoded), filename, dirname, resolve().
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

write('sub dir/meta.mjs', 'export default import.meta;');
import(tmpdir.resolve('sub dir/meta.mjs')).then(common.mustCall((ns) => {
  const meta = ns.default;
  const file = tmpdir.resolve('sub dir/meta.mjs');
  assert.deepStrictEqual(Object.keys(meta), ['dirname', 'filename', 'resolve', 'url']);
  assert.strictEqual(meta.filename, file);
  assert.strictEqual(meta.dirname, path.dirname(file));
  assert.ok(meta.url.startsWith('file:///'));
  assert.ok(meta.url.endsWith('/sub%20dir/meta.mjs'));
  assert.strictEqual(meta.resolve('./other.mjs'), meta.url.replace('meta.mjs', 'other.mjs'));
  assert.strictEqual(meta.resolve('node:fs'), 'node:fs');
  assert.strictEqual(Object.getPrototypeOf(meta), null);
}));
