'use strict';
// A module knows the modules it loaded (children, in order, each once)
// and, for the first load, the one that loaded it (parent); loaded turns
// true when its code has run.
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

write('one.js', 'module.exports = { parent: module.parent, loadedInside: module.loaded };');
write('two.js', 'module.exports = 2;');
const main = write('main.js', `
  require('./one'); require('./two'); require('./one');
  module.exports = module;`);
const mainModule = require(main);
assert.deepStrictEqual(mainModule.children.map((m) => path.basename(m.filename)),
                       ['one.js', 'two.js']);
const one = mainModule.children[0];
assert.strictEqual(one.exports.parent, mainModule);
assert.strictEqual(one.exports.loadedInside, false);
assert.strictEqual(one.loaded, true);
assert.strictEqual(mainModule.parent, module);
assert.ok(module.children.includes(mainModule));
