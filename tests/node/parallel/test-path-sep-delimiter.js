'use strict';
// The POSIX separators, and path.posix being path itself on Linux.
require('../common');
const assert = require('assert');
const path = require('path');

assert.strictEqual(path.sep, '/');
assert.strictEqual(path.delimiter, ':');
assert.strictEqual(path.posix, path);
assert.strictEqual(path.posix.posix, path.posix);
assert.strictEqual(require('path/posix'), path.posix);
assert.deepStrictEqual('/usr/bin:/bin'.split(path.delimiter), ['/usr/bin', '/bin']);
assert.strictEqual(path.toNamespacedPath('/a/b'), '/a/b');
assert.strictEqual(path.toNamespacedPath(''), '');
