'use strict';
// require.resolve(name, { paths }) looks from the given folders instead of
// the caller's: bare names in their node_modules upwards, relative names
// from each folder.
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

const inX = write('x/node_modules/ns-res/index.js', '');
const inY = write('y/sub/node_modules/ns-res/index.js', '');
const rel = write('y/sub/rel.js', '');
assert.strictEqual(require.resolve('ns-res', { paths: [tmpdir.resolve('x')] }), inX);
assert.strictEqual(require.resolve('ns-res', { paths: [tmpdir.resolve('y/sub/deeper')] }), inY);
assert.strictEqual(
  require.resolve('ns-res', { paths: [tmpdir.resolve('nothing'), tmpdir.resolve('x')] }), inX);
assert.strictEqual(require.resolve('./rel', { paths: [tmpdir.resolve('y/sub')] }), rel);
assert.throws(() => require.resolve('ns-res', { paths: [tmpdir.path] }),
              { code: 'MODULE_NOT_FOUND' });
assert.strictEqual(require.resolve('fs'), 'fs');
assert.strictEqual(require.resolve('node:fs'), 'node:fs');
