// Runs the script named on the command line (internal/modules/run_main.js
// tells how).
// (Node: lib/internal/main/run_main_module.js, lib/internal/modules/run_main.js.)
'use strict';

return require('internal/modules/run_main').runMainModule;
