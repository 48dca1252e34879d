'use strict';
// A folder without package.json (or whose package.json has no "main") is
// loaded as its index.js, else its index.json; a trailing slash means the
// folder, not a file of the same name.
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

write('plain/index.js', 'module.exports = "index.js";');
write('jsononly/index.json', '{ "from": "index.json" }');
write('nomain/package.json', JSON.stringify({ name: 'nomain' }));
write('nomain/index.js', 'module.exports = "nomain index";');
write('both.js', 'module.exports = "file both.js";');
write('both/index.js', 'module.exports = "folder both";');
write('main.js', `
  module.exports = [require('./plain'), require('./jsononly'), require('./nomain'),
                    require('./both'), require('./both/')];`);
assert.deepStrictEqual(require(tmpdir.resolve('main.js')), [
  'index.js', { from: 'index.json' }, 'nomain index', 'file both.js', 'folder both',
]);
