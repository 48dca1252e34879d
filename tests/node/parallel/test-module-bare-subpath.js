'use strict';
// 'pkg/sub/file' without "exports" is a path inside the package folder,
// with the usual extensions and folder rules; a package file's own
// relative requires are from its own folder.
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

write('node_modules/ns-sub/package.json', JSON.stringify({ main: 'main.js' }));
write('node_modules/ns-sub/main.js', 'module.exports = "main";');
write('node_modules/ns-sub/lib/util.js', "module.exports = 'util+' + require('./helper');");
write('node_modules/ns-sub/lib/helper.json', '"helper"');
write('node_modules/ns-sub/lib/tools/index.js', 'module.exports = "tools";');
write('main.js', `
  module.exports = [require('ns-sub'), require('ns-sub/lib/util'),
                    require('ns-sub/lib/tools'), require('ns-sub/package.json').main];`);
assert.deepStrictEqual(require(tmpdir.resolve('main.js')),
                       ['main', 'util+helper', 'tools', 'main.js']);
