// flags: --unhandled-rejections=strict
// A rejection nobody handles, in the mode strict (fixtures/unhandled-rejections.js).
'use strict';
require('./fixtures/unhandled-rejections');
