'use strict';
// path.resolve works from right to left until a path is absolute, and
// starts from process.cwd() when none is.
require('../common');
const assert = require('assert');
const path = require('path');

const cwd = process.cwd();
assert.strictEqual(path.resolve(), cwd);
assert.strictEqual(path.resolve(''), cwd);
assert.strictEqual(path.resolve('.'), cwd);
assert.strictEqual(path.resolve('a'), `${cwd === '/' ? '' : cwd}/a`);
assert.strictEqual(path.resolve('a', '..'), cwd);
assert.strictEqual(path.resolve('/x', 'y', '..', 'z'), '/x/z');
assert.strictEqual(path.resolve('/a', '/b', 'c'), '/b/c');
assert.strictEqual(path.resolve('/a/', ''), '/a');
assert.strictEqual(path.resolve('/a/b/'), '/a/b');
assert.strictEqual(path.resolve('/', '..', '..'), '/');
assert.strictEqual(path.resolve('/foo', '', 'bar', ''), '/foo/bar');
// The result is always absolute and never ends in a slash (but '/').
assert.ok(path.isAbsolute(path.resolve('x/y/')));
assert.ok(!path.resolve('x/y/').endsWith('/'));
