'use strict';
// require.resolve.paths: null for a built-in, the caller's folder for a
// relative name, and node_modules from the caller's folder upwards for a
// bare one. module.paths is that same list of node_modules folders.
require('../common');
const assert = require('assert');
const path = require('path');

assert.strictEqual(require.resolve.paths('fs'), null);
assert.strictEqual(require.resolve.paths('node:events'), null);
assert.deepStrictEqual(require.resolve.paths('./x'), [__dirname]);
const bare = require.resolve.paths('some-package');
assert.strictEqual(bare[0], path.join(__dirname, 'node_modules'));
assert.strictEqual(bare[1], path.join(path.dirname(__dirname), 'node_modules'));
assert.ok(bare.includes('/node_modules'));
assert.deepStrictEqual(bare.slice(0, module.paths.length), module.paths);
assert.strictEqual(module.paths[module.paths.length - 1], '/node_modules');
