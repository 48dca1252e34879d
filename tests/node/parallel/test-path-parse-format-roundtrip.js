'use strict';
// path.format(path.parse(p)) gives p back for paths with no trailing
// slash, and parse's pieces agree with dirname, basename and extname.
require('../common');
const assert = require('assert');
const path = require('path');

const paths = [
  '/home/user/dir/file.txt', '/home/user/a dir/another File.zip', 'user/dir/another File.zip',
  'file', '.file', './file', '../file', '/file', '/.file', '/a/b.c.d', 'x.', '/', 'a/b/c',
];
for (const p of paths) {
  const parsed = path.parse(p);
  assert.strictEqual(path.format(parsed), p);
  if (p !== '/') {
    assert.strictEqual(parsed.base, path.basename(p));
    assert.strictEqual(parsed.ext, path.extname(p));
  }
  if (parsed.dir) assert.strictEqual(parsed.dir, path.dirname(p));
}
