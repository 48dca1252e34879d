'use strict';
// path.basename(p, suffix) strips the suffix when the name ends with it,
// but never strips the whole name.
require('../common');
const assert = require('assert');
const path = require('path');

const cases = [
  ['/dir/file.html', '.html', 'file'],
  ['/dir/file.html', 'html', 'file.'],
  ['/dir/file.html', '.htm', 'file.html'],
  ['/dir/file.html', 'file.html', 'file.html'],
  ['/dir/file.html/', '.html', 'file'],
  ['aaa/bbb', 'bbb', 'bbb'],
  ['aaa/bbb', 'b', 'bb'],
  ['aaa/bbb//', 'bb', 'b'],
  ['/aaa/bbb', '/bbb', 'bbb'],
  ['file.js', '', 'file.js'],
  ['a.b.c', '.c', 'a.b'],
  ['x/.js', '.js', '.js'],  // the whole name is never stripped...
  ['.js', '.js', ''],  // ...unless it is the whole path
  ['a.js', 'a.js', ''],
];
for (const [input, suffix, expected] of cases) {
  assert.strictEqual(path.basename(input, suffix), expected,
                     `basename(${JSON.stringify(input)}, ${JSON.stringify(suffix)})`);
}
