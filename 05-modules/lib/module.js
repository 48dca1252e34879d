// `module`: the CommonJS loader's Module class (Node: lib/module.js).
'use strict';

module.exports = require('internal/modules/cjs/loader').Module;
