'use strict';
// Packages from import: the "import" condition of "exports", subpath
// patterns, and "main" for a package without "exports".
const common = require('../common');
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

write('node_modules/pkg/package.json', JSON.stringify({
  name: 'pkg',
  exports: {
    '.': { import: './esm.mjs', require: './cjs.cjs' },
    './utils/*': './lib/*.mjs',
  },
}));
write('node_modules/pkg/esm.mjs', 'export default "import";');
write('node_modules/pkg/cjs.cjs', 'module.exports = "require";');
write('node_modules/pkg/lib/tool.mjs', 'export const tool = "tool";');
write('node_modules/old/package.json', '{ "main": "main" }');
write('node_modules/old/main.js', 'module.exports = "old main";');
write('entry.mjs', `
  export { default as viaImport } from 'pkg';
  export { tool } from 'pkg/utils/tool';
  export { default as old } from 'old';
  import { createRequire } from 'module';
  export const viaRequire = createRequire(import.meta.url)('pkg');
`);
import(tmpdir.resolve('entry.mjs')).then(common.mustCall((ns) => {
  assert.strictEqual(ns.viaImport, 'import');
  assert.strictEqual(ns.viaRequire, 'require');
  assert.strictEqual(ns.tool, 'tool');
  assert.strictEqual(ns.old, 'old main');
}));
