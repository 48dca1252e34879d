'use strict';
// A folder is loaded through its package.json "main": a file, a name
// without its extension, or a folder with an index.
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

write('one/package.json', JSON.stringify({ main: 'lib/entry.js' }));
write('one/lib/entry.js', 'module.exports = "one";');
write('two/package.json', JSON.stringify({ main: './lib/entry' }));
write('two/lib/entry.js', 'module.exports = "two";');
write('three/package.json', JSON.stringify({ main: 'lib' }));
write('three/lib/index.js', 'module.exports = "three";');
write('three/index.js', 'module.exports = "not this one";');
assert.strictEqual(require(tmpdir.resolve('one')), 'one');
assert.strictEqual(require(tmpdir.resolve('two')), 'two');
assert.strictEqual(require(tmpdir.resolve('three')), 'three');
