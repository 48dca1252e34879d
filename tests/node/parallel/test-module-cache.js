'use strict';
// A module runs once: requiring it again gives the cached exports.
// Deleting its require.cache entry makes the next require run it afresh.
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

const file = write('counter.js', 'globalThis.nsRuns = (globalThis.nsRuns || 0) + 1; ' +
                                 'module.exports = { run: globalThis.nsRuns };');
const first = require(file);
assert.strictEqual(require(file), first);
assert.strictEqual(require(file.slice(0, -3)), first);
assert.strictEqual(require.cache[file].exports, first);
assert.strictEqual(require('module')._cache, require.cache);
delete require.cache[file];
const second = require(file);
assert.notStrictEqual(second, first);
assert.deepStrictEqual([first.run, second.run], [1, 2]);
