'use strict';
// path.normalize folds '.', '..' and repeated slashes; relative paths keep
// the '..' that climb above their start, absolute ones stop at '/'.
require('../common');
const assert = require('assert');
const path = require('path');

const cases = [
  ['', '.'],
  ['.', '.'],
  ['./', './'],
  ['..', '..'],
  ['../', '../'],
  ['/', '/'],
  ['//', '/'],
  ['///a', '/a'],
  ['/..', '/'],
  ['/../../a', '/a'],
  ['a/../..', '..'],
  ['a/b/../../../c', '../c'],
  ['./a/./b/.', 'a/b'],
  ['a/b/', 'a/b/'],
  ['a/b/..', 'a'],
  ['a/b/../', 'a/'],
  ['/a/b/c/../../d', '/a/d'],
  ['...', '...'],
  ['a/.../b', 'a/.../b'],
];
for (const [input, expected] of cases) {
  assert.strictEqual(path.normalize(input), expected, `normalize(${JSON.stringify(input)})`);
}
