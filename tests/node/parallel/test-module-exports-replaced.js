'use strict';
// Assigning module.exports replaces what require returns; assigning to
// exports only rebinds the local name.
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

const replaced = write('replaced.js', 'module.exports = function f() { return 1; };');
const rebound = write('rebound.js', 'exports = { lost: true }; module.exports.kept = true;');
assert.strictEqual(require(replaced)(), 1);
assert.deepStrictEqual(require(rebound), { kept: true });
