// flags: --unhandled-rejections=warn
// A rejection nobody handles, in the mode warn (fixtures/unhandled-rejections.js).
'use strict';
require('./fixtures/unhandled-rejections');
