// `module`: the CommonJS loader's Module class (Node: lib/module.js), with
// syncBuiltinESMExports(), which belongs to the ESM loader: a program that
// never imported anything has nothing to sync, and does not load it.
'use strict';

const { Module } = require('internal/modules/cjs/loader');
const { BuiltinModule } = require('internal/bootstrap/realm');

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  if (BuiltinModule.get('internal/modules/esm/loader').loaded) {
    require('internal/modules/esm/loader').syncBuiltinESMExports();
  }
};

module.exports = Module;
