'use strict';
// Options of the wrong type are refused when the request is made, before
// any I/O, with Node's error codes.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const cases = [
  [{ hostname: 42 }, 'ERR_INVALID_ARG_TYPE', /"options\.hostname"/],
  [{ host: {} }, 'ERR_INVALID_ARG_TYPE', /"options\.host"/],
  [{ agent: 'yes' }, 'ERR_INVALID_ARG_TYPE', /"options\.agent"/],
  [{ agent: {} }, 'ERR_INVALID_ARG_TYPE', /"options\.agent"/],
  [{ timeout: '10' }, 'ERR_INVALID_ARG_TYPE', /"timeout"/],
  [{ timeout: -1 }, 'ERR_OUT_OF_RANGE', /"timeout"/],
  [{ signal: {} }, 'ERR_INVALID_ARG_TYPE', /"signal"/],
  [{ method: 5 }, 'ERR_INVALID_ARG_TYPE', /"options\.method"/],
  [{ protocol: 'ftp:' }, 'ERR_INVALID_PROTOCOL', /Protocol "ftp:" not supported/],
];
for (const [options, code, message] of cases) {
  assert.throws(() => http.request({ ...options }), { code, message }, JSON.stringify(options));
}
assert.throws(() => http.request('not a url'), { code: 'ERR_INVALID_URL' });
assert.throws(() => http.get('https://localhost/'), { code: 'ERR_INVALID_PROTOCOL' });

// Nothing was queued or connected by the refused requests.
assert.deepStrictEqual(Object.keys(http.globalAgent.requests), []);
assert.deepStrictEqual(Object.keys(http.globalAgent.sockets), []);
setImmediate(common.mustCall());
