// flags: --unhandled-rejections=none
// A rejection nobody handles, in the mode none (fixtures/unhandled-rejections.js).
'use strict';
require('./fixtures/unhandled-rejections');
