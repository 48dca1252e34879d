'use strict';
// What request() and createServer() refuse before any I/O: a path with
// spaces, another protocol, a method that is not a token, a bad agent,
// and server options of the wrong type.
const common = require('../common');
const assert = require('assert');
const http = require('http');

assert.throws(() => http.request({ path: '/a b' }), {
  code: 'ERR_UNESCAPED_CHARACTERS', name: 'TypeError',
  message: 'Request path contains unescaped characters',
});
assert.throws(() => http.request('https://example.test/'), {
  code: 'ERR_INVALID_PROTOCOL', name: 'TypeError',
  message: 'Protocol "https:" not supported. Expected "http:"',
});
assert.throws(() => http.request({ method: 'GET /' }), {
  code: 'ERR_INVALID_HTTP_TOKEN', message: 'Method must be a valid HTTP token ["GET /"]',
});
assert.throws(() => http.request({ method: 42 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => http.request({ agent: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => http.request({ host: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => http.createServer({ headersTimeout: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => http.createServer({ joinDuplicateHeaders: 1 }),
              { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => http.createServer({ insecureHTTPParser: 'no' }),
              { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => http.createServer('options'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.ok(http.Server() instanceof http.Server);
common.mustCall()();
