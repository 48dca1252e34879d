'use strict';
// Syntax detection: a .js file of no declared type is CommonJS unless only
// a module parses it; import() of a detected module warns once per
// package.json, require() of one does not.
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

write('pkg/package.json', '{ "name": "no-type" }');
const importing = write('pkg/importing.js', 'import path from "node:path";\nexport const sep = path.sep;');
const awaiting = write('pkg/awaiting.js', 'export const value = await Promise.resolve(7);');
const redeclaring = write('pkg/redeclaring.js', 'const exports = 1;\nexport { exports as one };');
const plain = write('pkg/plain.js', 'exports.kind = typeof module;');
const required = write('pkg/required.js', 'export const viaRequire = true;');
write('declared/package.json', '{ "type": "commonjs" }');
const declared = write('declared/esm.js', 'export const never = 1;');

// The detected module's warning, and the hint for the declared one.
const warnings = [];
process.on('warning', (warning) => warnings.push(warning));

(async () => {
  assert.strictEqual((await import(importing)).sep, '/');
  assert.strictEqual((await import(awaiting)).value, 7);
  assert.strictEqual((await import(redeclaring)).one, 1);
  assert.strictEqual((await import(plain)).kind, 'object');  // still CommonJS
  assert.strictEqual(require(required).viaRequire, true);
  await assert.rejects(import(declared), { name: 'SyntaxError' });
  await new Promise(setImmediate);
  assert.deepStrictEqual(warnings.map((warning) => warning.code),
                         ['MODULE_TYPELESS_PACKAGE_JSON', undefined]);
  assert.match(warnings[0].message, /^Module type of file:.*importing\.js is not specified/);
  assert.ok(warnings[0].message.endsWith(
    `add "type": "module" to ${tmpdir.resolve('pkg/package.json')}.`));
  assert.match(warnings[1].message, /^To load an ES module, set "type": "module"/);
})().then(common.mustCall());
