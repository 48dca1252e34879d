'use strict';
// An absolute request is loaded as is (with extensions tried), whoever
// asks; the module's filename and id are the absolute path.
require('../common');
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

const file = write('deep/inside/thing.js', 'module.exports = { filename: __filename };');
const withoutExtension = file.slice(0, -'.js'.length);
assert.strictEqual(require(withoutExtension).filename, file);
assert.strictEqual(require(file), require(withoutExtension));
assert.strictEqual(require.cache[file].id, file);
