'use strict';
// Using require, module, __filename ... in a module: a ReferenceError that
// says so, and why a .js file is a module.
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
const mjs = write('uses-require.mjs', 'require("fs");');
write('typed/package.json', '{ "type": "module" }');
const typed = write('typed/uses-filename.js', 'console.log(__filename);');

(async () => {
  await assert.rejects(import(mjs), {
    name: 'ReferenceError',
    message: 'require is not defined in ES module scope, you can use import instead',
  });
  await assert.rejects(import(typed), (error) => {
    assert.strictEqual(error.message.split('\n')[0],
                       '__filename is not defined in ES module scope');
    assert.ok(error.message.includes(`'${tmpdir.resolve('typed/package.json')}' contains ` +
                                     '"type": "module"'));
    return true;
  });
})().then(common.mustCall());
