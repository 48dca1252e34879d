// Runs a file as the main module of its thread: as an ES module when it is
// one (a .mjs file, or a .js or extensionless file under a package.json
// whose "type" is "module"), else as the main CommonJS module. The main
// thread (internal/main/run_main_module.js) and a worker's
// (internal/main/worker_thread.js) both start here.
// (Node: lib/internal/modules/run_main.js.)
'use strict';

const path = require('path');
const { Module, statKind, packageType } = require('internal/modules/cjs/loader');

function isModuleFile(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs')) return false;
  const extension = path.extname(filename);
  if (extension !== '.js' && extension !== '') return false;
  return packageType(filename) === 'module';
}

function runMainModule(mainPath) {
  // The name as given, or with the extensions require() would try.
  const resolved = path.resolve(mainPath);
  const filename = statKind(resolved) === 0 ? resolved :
    (Module._findPath(resolved, null, true) || resolved);
  if (isModuleFile(filename)) {
    require('internal/modules/esm/loader').runMain(filename);
  } else {
    Module.runMain(mainPath);
  }
}

module.exports = { runMainModule };
