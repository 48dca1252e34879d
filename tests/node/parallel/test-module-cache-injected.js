'use strict';
// An entry put into require.cache by hand is what require returns for that
// file, without reading it.
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

const file = write('real.js', 'throw new Error("should not run");');
const fake = { exports: { injected: true }, loaded: true };
require.cache[file] = fake;
assert.deepStrictEqual(require(file), { injected: true });
