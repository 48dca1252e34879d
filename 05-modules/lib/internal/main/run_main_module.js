// Runs the script named on the command line as the main CommonJS module.
// (Node: lib/internal/main/run_main_module.js.)
'use strict';

const { Module } = require('internal/modules/cjs/loader');

return function runMainModule(mainPath) {
  Module.runMain(mainPath);
};
