'use strict';
// path.relative: the path from `from` to `to`, both resolved first; ''
// when they are the same place.
require('../common');
const assert = require('assert');
const path = require('path');

const cases = [
  ['/var/lib', '/var', '..'],
  ['/var/lib', '/bin', '../../bin'],
  ['/var/lib', '/var/lib', ''],
  ['/var/lib', '/var/apache', '../apache'],
  ['/var/', '/var/lib', 'lib'],
  ['/', '/var/lib', 'var/lib'],
  ['/foo/test', '/foo/test/bar/package.json', 'bar/package.json'],
  ['/Users/a/web/b/test/mails', '/Users/a/web/b', '../..'],
  ['/foo/bar/baz-quux', '/foo/bar/baz', '../baz'],
  ['/foo/bar/baz', '/foo/bar/baz-quux', '../baz-quux'],
  ['/baz-quux', '/baz', '../baz'],
  ['/page1/page2/foo', '/', '../../..'],
  ['/a/b/', '/a/b', ''],
];
for (const [from, to, expected] of cases) {
  assert.strictEqual(path.relative(from, to), expected, `relative(${from}, ${to})`);
}
// Relative arguments are resolved against the current directory.
assert.strictEqual(path.relative('a/b', 'a/c'), '../c');
assert.strictEqual(path.relative('', ''), '');
assert.strictEqual(path.relative('.', process.cwd()), '');
