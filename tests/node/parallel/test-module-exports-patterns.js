'use strict';
// "exports" patterns: "./features/*" maps every matching subpath, a null
// target hides a narrower pattern, and the longest matching prefix wins.
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

write('node_modules/ns-pat/package.json', JSON.stringify({
  exports: {
    './features/*': './src/features/*.js',
    './features/internal/*': null,
    './features/special/*': './src/special/*.js',
  },
}));
write('node_modules/ns-pat/src/features/a.js', 'module.exports = "feature a";');
write('node_modules/ns-pat/src/features/x/y.js', 'module.exports = "feature x/y";');
write('node_modules/ns-pat/src/features/internal/secret.js', 'module.exports = "secret";');
write('node_modules/ns-pat/src/special/s.js', 'module.exports = "special";');
const load = require(write('main.js', 'module.exports = (name) => require(name);'));
assert.strictEqual(load('ns-pat/features/a'), 'feature a');
assert.strictEqual(load('ns-pat/features/x/y'), 'feature x/y');
assert.strictEqual(load('ns-pat/features/special/s'), 'special');
assert.throws(() => load('ns-pat/features/internal/secret'),
              { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
assert.throws(() => load('ns-pat'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
