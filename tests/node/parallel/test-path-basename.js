'use strict';
// path.basename: the last segment, trailing slashes ignored.
require('../common');
const assert = require('assert');
const path = require('path');

const cases = [
  ['/dir/basename.ext', 'basename.ext'],
  ['basename.ext', 'basename.ext'],
  ['basename.ext/', 'basename.ext'],
  ['basename.ext//', 'basename.ext'],
  ['aaa/bbb', 'bbb'],
  ['/aaa/', 'aaa'],
  ['/aaa/b', 'b'],
  ['//a', 'a'],
  ['/', ''],
  ['//', ''],
  ['', ''],
  ['.', '.'],
  ['..', '..'],
  ['a/..', '..'],
  ['\\dir\\basename.ext', '\\dir\\basename.ext'],  // a backslash is an ordinary character on POSIX
];
for (const [input, expected] of cases) {
  assert.strictEqual(path.basename(input), expected, `basename(${JSON.stringify(input)})`);
}
