'use strict';
// path.dirname: everything before the last segment, ignoring trailing
// slashes; '.' for a bare name, '/' for the root.
require('../common');
const assert = require('assert');
const path = require('path');

const cases = [
  ['/a/b/', '/a'],
  ['/a/b', '/a'],
  ['/a', '/'],
  ['/', '/'],
  ['', '.'],
  ['a', '.'],
  ['a/', '.'],
  ['a/b', 'a'],
  ['////', '/'],
  ['//a', '//'],
  ['///a', '//'],
  ['//a/b', '//a'],
  ['/a//b', '/a/'],  // only the last slash before the name goes
  ['a//b//', 'a/'],
  ['./a', '.'],
  ['../a', '..'],
  ['foo/bar/baz.txt', 'foo/bar'],
];
for (const [input, expected] of cases) {
  assert.strictEqual(path.dirname(input), expected, `dirname(${JSON.stringify(input)})`);
}
