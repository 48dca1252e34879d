'use strict';
// path.join: no arguments and empty strings give '.', a trailing slash is
// kept, and an absolute argument after the first does not restart the path.
require('../common');
const assert = require('assert');
const path = require('path');

assert.strictEqual(path.join(), '.');
assert.strictEqual(path.join(''), '.');
assert.strictEqual(path.join('', '', ''), '.');
assert.strictEqual(path.join('a', '/b'), 'a/b');
assert.strictEqual(path.join('/a', '/b/', 'c/'), '/a/b/c/');
assert.strictEqual(path.join('a', '..'), '.');
assert.strictEqual(path.join('a', '..', '..'), '..');
assert.strictEqual(path.join('.', 'a', '.', 'b'), 'a/b');
assert.strictEqual(path.join('//', 'a'), '/a');
assert.strictEqual(path.join('a//b', '', 'c'), 'a/b/c');
