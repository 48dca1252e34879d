'use strict';
// "exports": "./file.js" is the package's main and nothing else; it wins
// over "main". A scoped package (@scope/name) works the same way.
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

write('node_modules/@ns-scope/pkg/package.json', JSON.stringify({
  main: './old.js',
  exports: './new.js',
}));
write('node_modules/@ns-scope/pkg/new.js', 'module.exports = "new";');
write('node_modules/@ns-scope/pkg/old.js', 'module.exports = "old";');
const load = require(write('main.js', 'module.exports = (name) => require(name);'));
assert.strictEqual(load('@ns-scope/pkg'), 'new');
assert.throws(() => load('@ns-scope/pkg/old.js'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
assert.throws(() => load('@ns-scope/pkg/new.js'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
