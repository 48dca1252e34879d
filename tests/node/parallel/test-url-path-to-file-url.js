'use strict';
// pathToFileURL makes the path absolute, keeps a trailing slash, and
// escapes what would otherwise be URL syntax; the round trip is exact.
require('../common');
const assert = require('assert');
const path = require('path');
const { pathToFileURL, fileURLToPath } = require('url');
assert.strictEqual(pathToFileURL('/a b/#?%').href, 'file:///a%20b/%23%3F%25');
assert.strictEqual(pathToFileURL('/dir/').href, 'file:///dir/');
assert.strictEqual(pathToFileURL('rel').href, `file://${path.resolve('rel')}`);
for (const p of ['/a\\b', '/new\nline', '/tab\tx', '/\u00e9\ud83d\ude00', '/[x]^|~'])
  assert.strictEqual(fileURLToPath(pathToFileURL(p)), p);
assert.throws(() => pathToFileURL(5), { code: 'ERR_INVALID_ARG_TYPE' });
