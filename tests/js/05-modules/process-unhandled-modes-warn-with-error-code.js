// flags: --unhandled-rejections=warn-with-error-code
// A rejection nobody handles, in the mode warn-with-error-code (fixtures/unhandled-rejections.js).
'use strict';
require('./fixtures/unhandled-rejections');
