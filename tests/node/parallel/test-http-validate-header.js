'use strict';
// http.validateHeaderName and http.validateHeaderValue: the checks
// setHeader makes, exported for code that builds headers itself.
require('../common');
const assert = require('assert');
const http = require('http');

for (const name of ['X-Ok', 'content-type', '!#$%&\'*+-.^_`|~09azAZ']) {
  assert.strictEqual(http.validateHeaderName(name), undefined);
}
for (const name of ['', 'with space', 'colon:', 'tab\t', '\u00e9', '"quoted"', '{x}', 5]) {
  assert.throws(() => http.validateHeaderName(name), (err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_HTTP_TOKEN');
    assert.ok(err instanceof TypeError);
    assert.match(err.message, /^Header name must be a valid HTTP token \[/);
    return true;
  }, `name ${JSON.stringify(name)}`);
}

for (const value of ['', 'plain', 'tab\there', '\u00ff obs-text', 5, ['a', 'b']]) {
  assert.strictEqual(http.validateHeaderValue('X-Name', value), undefined);
}
assert.throws(() => http.validateHeaderValue('X-Name', undefined), {
  code: 'ERR_HTTP_INVALID_HEADER_VALUE',
  name: 'TypeError',
  message: 'Invalid value "undefined" for header "X-Name"',
});
for (const value of ['a\rb', 'a\nb', 'nul\0', 'del\x7f', 'bell\x07']) {
  assert.throws(() => http.validateHeaderValue('X-Name', value), {
    code: 'ERR_INVALID_CHAR',
    name: 'TypeError',
    message: 'Invalid character in header content ["X-Name"]',
  }, `value ${JSON.stringify(value)}`);
}
