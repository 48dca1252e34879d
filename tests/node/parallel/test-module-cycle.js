'use strict';
// In a cycle a requires b requires a: b gets a's exports as far as a got,
// and a gets b complete.
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

write('a.js', `
  exports.before = 'a before';
  const b = require('./b');
  exports.after = 'a after';
  exports.fromB = b;`);
write('b.js', `
  const a = require('./a');
  exports.aSeen = { ...a };
  exports.aLater = a;
  exports.loadedOfA = require.cache[require.resolve('./a')].loaded;`);
const a = require(tmpdir.resolve('a.js'));
assert.deepStrictEqual(a.fromB.aSeen, { before: 'a before' });
assert.strictEqual(a.fromB.aLater, a);
assert.strictEqual(a.fromB.aLater.after, 'a after');
assert.strictEqual(a.fromB.loadedOfA, false);
