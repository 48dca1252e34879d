'use strict';
// package.json "exports" with conditions: require takes the first key it
// knows ("require", "node", "default"), in the order the object lists
// them; "import" is for ES modules and skipped.
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

write('node_modules/ns-cond/package.json', JSON.stringify({
  main: 'ignored.js',
  exports: { '.': { import: './esm.mjs', require: './cjs.js', default: './default.js' } },
}));
write('node_modules/ns-cond/cjs.js', 'module.exports = "require condition";');
write('node_modules/ns-cond/ignored.js', 'module.exports = "main is ignored";');
write('node_modules/ns-cond-order/package.json', JSON.stringify({
  exports: { node: { import: './esm.mjs', default: './node.js' }, require: './cjs.js' },
}));
write('node_modules/ns-cond-order/node.js', 'module.exports = "nested node/default";');
write('node_modules/ns-cond-order/cjs.js', 'module.exports = "require";');
write('node_modules/ns-cond-default/package.json', JSON.stringify({
  exports: { browser: './browser.js', default: './default.js' },
}));
write('node_modules/ns-cond-default/default.js', 'module.exports = "default";');
write('main.js', `module.exports = [require('ns-cond'), require('ns-cond-order'),
                                    require('ns-cond-default')];`);
assert.deepStrictEqual(require(tmpdir.resolve('main.js')),
                       ['require condition', 'nested node/default', 'default']);
