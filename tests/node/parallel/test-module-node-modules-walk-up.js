'use strict';
// A bare name is looked for in node_modules folders from the requiring
// file's folder upwards; the nearest one wins.
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

write('node_modules/ns-walk-far/index.js', 'module.exports = "far";');
write('node_modules/ns-walk-near/index.js', 'module.exports = "root copy";');
write('a/b/node_modules/ns-walk-near/index.js', 'module.exports = "near";');
write('a/b/c/d/main.js', `
  module.exports = { far: require('ns-walk-far'), near: require('ns-walk-near') };`);
write('a/other.js', "module.exports = require('ns-walk-near');");
assert.deepStrictEqual(require(tmpdir.resolve('a/b/c/d/main.js')), { far: 'far', near: 'near' });
assert.strictEqual(require(tmpdir.resolve('a/other.js')), 'root copy');
