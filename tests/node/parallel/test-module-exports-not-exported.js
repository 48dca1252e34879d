'use strict';
// With package.json "exports", a subpath it does not list cannot be
// required, not even package.json: ERR_PACKAGE_PATH_NOT_EXPORTED.
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

write('node_modules/ns-closed/package.json', JSON.stringify({
  exports: { '.': './index.js', './public': './lib/public.js' },
}));
write('node_modules/ns-closed/index.js', 'module.exports = "index";');
write('node_modules/ns-closed/lib/public.js', 'module.exports = "public";');
write('node_modules/ns-closed/lib/private.js', 'module.exports = "private";');
const main = write('main.js', 'module.exports = (name) => require(name);');
const load = require(main);
assert.strictEqual(load('ns-closed'), 'index');
assert.strictEqual(load('ns-closed/public'), 'public');
for (const hidden of ['ns-closed/lib/private.js', 'ns-closed/lib/public.js',
                      'ns-closed/package.json']) {
  assert.throws(() => load(hidden), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' }, hidden);
}
