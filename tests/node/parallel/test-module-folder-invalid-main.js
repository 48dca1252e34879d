'use strict';
// A package.json "main" that names nothing falls back to index.js, with a
// DEP0128 DeprecationWarning; with no index either, MODULE_NOT_FOUND.
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

write('fallback/package.json', JSON.stringify({ main: 'missing.js' }));
write('fallback/index.js', 'module.exports = "index";');
write('broken/package.json', JSON.stringify({ main: 'missing.js' }));
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0128');
  assert.match(warning.message,
               /Invalid 'main' field in '.*fallback.package\.json' of 'missing\.js'/);
}));
assert.strictEqual(require(tmpdir.resolve('fallback')), 'index');
assert.throws(() => require(tmpdir.resolve('broken')), { code: 'MODULE_NOT_FOUND' });
