'use strict';
// A name that resolves to nothing throws MODULE_NOT_FOUND, whose
// requireStack (and message) list the requiring modules, nearest first.
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

const inner = write('inner.js', "require('./does-not-exist');");
const outer = write('outer.js', "require('./inner');");
assert.throws(() => require(outer), (error) => {
  assert.strictEqual(error.code, 'MODULE_NOT_FOUND');
  assert.deepStrictEqual(error.requireStack, [inner, outer, __filename]);
  assert.strictEqual(error.message, "Cannot find module './does-not-exist'\n" +
                     `Require stack:\n- ${inner}\n- ${outer}\n- ${__filename}`);
  return true;
});
// A module that failed to load is not left in the cache.
assert.strictEqual(require.cache[outer], undefined);
assert.strictEqual(require.cache[inner], undefined);
assert.throws(() => require('ns-no-such-package-anywhere'), { code: 'MODULE_NOT_FOUND' });
