'use strict';
// Module._nodeModulePaths lists node_modules folders from a folder up to
// the root, never doubling a folder that is itself node_modules.
require('../common');
const assert = require('assert');
const Module = require('module');

assert.deepStrictEqual(Module._nodeModulePaths('/a/b'),
                       ['/a/b/node_modules', '/a/node_modules', '/node_modules']);
assert.deepStrictEqual(Module._nodeModulePaths('/a/node_modules/b'), [
  '/a/node_modules/b/node_modules', '/a/node_modules', '/node_modules',
]);
assert.deepStrictEqual(Module._nodeModulePaths('/'), ['/node_modules']);
