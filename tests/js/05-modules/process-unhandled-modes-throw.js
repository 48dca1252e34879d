// flags: --unhandled-rejections=throw
// A rejection nobody handles, in the mode throw (fixtures/unhandled-rejections.js).
'use strict';
require('./fixtures/unhandled-rejections');
