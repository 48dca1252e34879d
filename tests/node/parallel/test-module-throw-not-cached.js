'use strict';
// A module that throws while loading is removed from the cache, so the
// next require runs it again.
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

const file = write('flaky.js', `
  globalThis.nsAttempts = (globalThis.nsAttempts || 0) + 1;
  if (globalThis.nsAttempts === 1) throw new Error('first attempt fails');
  module.exports = globalThis.nsAttempts;`);
assert.throws(() => require(file), { message: 'first attempt fails' });
assert.strictEqual(require.cache[file], undefined);
assert.strictEqual(require(file), 2);
