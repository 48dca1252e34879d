'use strict';
// require.extensions (Module._extensions) maps an extension to a loader; a
// new one is used for files with it, and tried for names without one.
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

require.extensions['.txt'] = (module, filename) => {
  module.exports = fs.readFileSync(filename, 'utf8').toUpperCase();
};
const file = write('note.txt', 'shout');
assert.strictEqual(require(file), 'SHOUT');
assert.strictEqual(require(file.slice(0, -'.txt'.length)), 'SHOUT');
delete require.extensions['.txt'];
