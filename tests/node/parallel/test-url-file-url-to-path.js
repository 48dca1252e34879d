'use strict';
// fileURLToPath decodes the path of a file URL; it refuses other
// schemes, hosts and encoded slashes.
require('../common');
const assert = require('assert');
const { fileURLToPath } = require('url');
assert.strictEqual(fileURLToPath('file:///a%20b/%E6%97%A5'), '/a b/\u65e5');
assert.strictEqual(fileURLToPath(new URL('file:///x/')), '/x/');
assert.strictEqual(fileURLToPath('file://localhost/y'), '/y');
assert.throws(() => fileURLToPath('http://x/'), { code: 'ERR_INVALID_URL_SCHEME' });
assert.throws(() => fileURLToPath('file://host/p'), { code: 'ERR_INVALID_FILE_URL_HOST' });
assert.throws(() => fileURLToPath('file:///a%2Fb'), { code: 'ERR_INVALID_FILE_URL_PATH' });
assert.throws(() => fileURLToPath(1), { code: 'ERR_INVALID_ARG_TYPE' });
