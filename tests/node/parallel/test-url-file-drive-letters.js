'use strict';
// File URLs: an empty host, localhost dropped, and Windows drive letters
// that .. cannot climb above.
require('../common');
const assert = require('assert');
assert.strictEqual(new URL('file:///C|/a/../../..').href, 'file:///C:/');
assert.strictEqual(new URL('file://localhost/x').href, 'file:///x');
assert.strictEqual(new URL('file:x').href, 'file:///x');
assert.strictEqual(new URL('file://C:/x').href, 'file:///C:/x');
assert.strictEqual(new URL('/y', 'file:///C:/x').href, 'file:///C:/y');
assert.strictEqual(new URL('..', 'file:///C:/').href, 'file:///C:/');
assert.strictEqual(new URL('file://host/share').host, 'host');
assert.strictEqual(new URL('file:///x').origin, 'null');
