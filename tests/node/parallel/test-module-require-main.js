'use strict';
// require.main is the program's first module: in it, require.main ===
// module; in a module it loads, require.main is still that first one.
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

assert.strictEqual(require.main, module);
assert.strictEqual(module.id, '.');
assert.strictEqual(process.mainModule, module);
const child = require(write('child.js', `
  module.exports = { main: require.main, isMain: require.main === module, id: module.id };`));
assert.strictEqual(child.main, module);
assert.strictEqual(child.isMain, false);
assert.strictEqual(child.id, tmpdir.resolve('child.js'));
