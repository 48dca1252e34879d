'use strict';
// http.METHODS is sorted and holds the common methods; STATUS_CODES maps
// codes to Node's reason phrases.
require('../common');
const assert = require('assert');
const http = require('http');

assert.deepStrictEqual(http.METHODS, http.METHODS.slice().sort());
for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'CONNECT',
                      'TRACE', 'M-SEARCH', 'PURGE']) {
  assert.ok(http.METHODS.includes(method), method);
}
assert.strictEqual(http.STATUS_CODES[100], 'Continue');
assert.strictEqual(http.STATUS_CODES[301], 'Moved Permanently');
assert.strictEqual(http.STATUS_CODES[431], 'Request Header Fields Too Large');
assert.strictEqual(http.STATUS_CODES[503], 'Service Unavailable');
assert.strictEqual(http.STATUS_CODES[999], undefined);
assert.strictEqual(typeof http.validateHeaderName, 'function');
assert.strictEqual(typeof http.setMaxIdleHTTPParsers, 'function');
assert.throws(() => http.setMaxIdleHTTPParsers(0), { code: 'ERR_OUT_OF_RANGE' });
