'use strict';
// Built-ins by name or with node:, the same object either way; an unknown
// node: name is ERR_UNKNOWN_BUILTIN_MODULE, an unknown bare name
// MODULE_NOT_FOUND. module.isBuiltin and builtinModules agree.
require('../common');
const assert = require('assert');
const Module = require('module');

assert.strictEqual(require('node:events'), require('events'));
assert.strictEqual(require('node:path'), require('path'));
assert.throws(() => require('node:ns-not-a-builtin'), {
  code: 'ERR_UNKNOWN_BUILTIN_MODULE',
  message: 'No such built-in module: node:ns-not-a-builtin',
});
assert.throws(() => require('ns-not-a-builtin'), { code: 'MODULE_NOT_FOUND' });
for (const name of ['events', 'path', 'fs', 'util', 'assert', 'module']) {
  assert.ok(Module.builtinModules.includes(name), name);
  assert.strictEqual(Module.isBuiltin(name), true);
  assert.strictEqual(Module.isBuiltin(`node:${name}`), true);
}
assert.strictEqual(Module.isBuiltin('ns-not-a-builtin'), false);
assert.ok(!Module.builtinModules.some((name) => name.startsWith('internal/')));
