'use strict';
// URL and URLSearchParams are globals, the same classes as the url
// module's, not enumerable on globalThis.
require('../common');
const assert = require('assert');
const url = require('url');
assert.strictEqual(URL, url.URL);
assert.strictEqual(URLSearchParams, url.URLSearchParams);
assert.strictEqual(Object.keys(globalThis).includes('URL'), false);
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'URL').enumerable, false);
assert.strictEqual(Object.prototype.toString.call(new URL('a:b')), '[object URL]');
assert.strictEqual(JSON.stringify({ u: new URL('http://j') }), '{"u":"http://j/"}');
