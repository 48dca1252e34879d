'use strict';
// console.log shows a URL with all its components, a URLSearchParams as
// its pairs; both respect the depth option.
require('../common');
const assert = require('assert');
const util = require('util');
const shown = util.inspect(new URL('http://h/?a=1'));
assert.ok(shown.startsWith('URL {\n  href: \'http://h/?a=1\','));
assert.ok(shown.includes("searchParams: URLSearchParams { 'a' => '1' }"));
assert.strictEqual(util.inspect(new URLSearchParams('a=1&b=2')),
                   "URLSearchParams { 'a' => '1', 'b' => '2' }");
assert.strictEqual(util.inspect(new URLSearchParams()), 'URLSearchParams {}');
assert.strictEqual(util.inspect({ p: new URLSearchParams('a=1') }, { depth: 0 }), '{ p: [Object] }');
assert.strictEqual(util.inspect(new URLSearchParams('a=1').keys()), "URLSearchParams Iterator { 'a' }");
