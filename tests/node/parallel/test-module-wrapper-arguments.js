'use strict';
// A module's code is the body of a function of (exports, require, module,
// __filename, __dirname), called with this === module.exports.
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

const file = write('sub/wrapped.js', `
  module.exports.seen = {
    thisIsExports: this === module.exports,
    exportsIsModuleExports: exports === module.exports,
    filename: __filename,
    dirname: __dirname,
    requireType: typeof require,
    argumentsLength: arguments.length,
  };`);
assert.deepStrictEqual(require(file).seen, {
  thisIsExports: true,
  exportsIsModuleExports: true,
  filename: file,
  dirname: path.dirname(file),
  requireType: 'function',
  argumentsLength: 5,
});
