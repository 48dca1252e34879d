'use strict';
// path.isAbsolute: true exactly when the path starts with '/'.
require('../common');
const assert = require('assert');
const path = require('path');

for (const p of ['/', '//', '/home', '/home/../x', '//server']) assert.strictEqual(path.isAbsolute(p), true, p);
for (const p of ['', '.', './x', 'home', '~/x', 'C:\\x', '\\x']) assert.strictEqual(path.isAbsolute(p), false, p);
