'use strict';
// The form encoding: space as +, and only * - . _ and alphanumerics
// left as they are; decoding reads + as space and keeps bad %-escapes.
require('../common');
const assert = require('assert');
const params = new URLSearchParams();
params.append('k', "a b+c&d=e~!'()*-._\u00e9");
assert.strictEqual(params.toString(), 'k=a+b%2Bc%26d%3De%7E%21%27%28%29*-._%C3%A9');
const parsed = new URLSearchParams('x=a+b%20c%zz%E9');
assert.strictEqual(parsed.get('x'), 'a b c%zz\ufffd');
assert.strictEqual(new URLSearchParams('a=\ud800').get('a'), '\ufffd');
