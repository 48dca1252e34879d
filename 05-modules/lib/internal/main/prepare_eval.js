// Gives code from -e, -p or stdin what Node gives it: `require`
// relative to the current directory, and `module`, `exports`, `__filename`,
// `__dirname` as globals. The code itself then runs as a classic script, in
// the global scope, as in Node (lib/internal/process/execution.js). Code
// from -e and -p also finds the built-in modules as globals (`fs`, `path`,
// ...), each loaded on first use, as Node's eval_string.js gives them.
// Returns what import() in that code resolves against, as Node names it:
// '<cwd>/[eval]' (bootstrap.cc puts it in the script's host-defined options).
'use strict';

const path = require('path');
const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');

return function prepareEval(name) {
  const module = new Module(name);
  module.filename = path.join(process.cwd(), name);
  module.paths = Module._nodeModulePaths(process.cwd());
  const globals = {
    __filename: name,
    __dirname: '.',
    module,
    exports: module.exports,
    require: makeRequireFunction(module),
  };
  for (const [key, value] of Object.entries(globals)) {
    Object.defineProperty(globalThis, key, { value, writable: true, configurable: true,
                                            enumerable: true });
  }
  const fromCommandLine = process.execArgv.some((arg) => /^(-e|-p|--eval|--print)(=|$)/.test(arg));
  if (fromCommandLine) addBuiltinModulesAsGlobals();
  return path.join(process.cwd(), name);
};

// `fs` is require('fs') on first use; assigning to it replaces it.
function addBuiltinModulesAsGlobals() {
  const { builtinModules } = require('module');
  for (const id of builtinModules) {
    if (id.startsWith('_') || id.includes('/') || id in globalThis) continue;
    const define = (value, enumerable) => Object.defineProperty(globalThis, id, {
      value, writable: true, configurable: true, enumerable,
    });
    Object.defineProperty(globalThis, id, {
      get() {
        const value = require(id);
        define(value, false);
        return value;
      },
      set(value) { define(value, true); },
      configurable: true,
      enumerable: false,
    });
  }
}
