'use strict';
// util.promisify.custom: a function can say what its promisified form is;
// promisify returns that function itself.
const common = require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.promisify.custom, Symbol.for('nodejs.util.promisify.custom'));

function legacy(callback) { callback(null, 'callback'); }
const custom = common.mustCall(() => Promise.resolve('custom'));
legacy[util.promisify.custom] = custom;
const promisified = util.promisify(legacy);
assert.strictEqual(promisified, custom);
promisified().then(common.mustCall((value) => assert.strictEqual(value, 'custom')));

// A custom value that is not a function is an error.
function bad() {}
bad[util.promisify.custom] = 'not a function';
assert.throws(() => util.promisify(bad), { code: 'ERR_INVALID_ARG_TYPE' });
