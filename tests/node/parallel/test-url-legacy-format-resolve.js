'use strict';
// url.format builds a string from an object (escaping # and ? in the
// pathname); url.resolve resolves as a browser anchor would.
require('../common');
const assert = require('assert');
const url = require('url');
assert.strictEqual(url.format({ protocol: 'https', hostname: 'x.com', pathname: '/a#b',
                                query: { q: 'a b' } }), 'https://x.com/a%23b?q=a%20b');
assert.strictEqual(url.format({ protocol: 'mailto', pathname: 'me@x' }), 'mailto:me@x');
assert.strictEqual(url.format(new URL('http://u:p@x.com/?q#f'), { auth: false, search: false,
                                                                 fragment: false }),
                   'http://x.com/');
assert.strictEqual(url.resolve('http://a/b/c', '../d'), 'http://a/d');
assert.strictEqual(url.resolve('/one/two/three', 'four'), '/one/two/four');
assert.strictEqual(url.resolve('http://example.com/one', '/two'), 'http://example.com/two');
assert.strictEqual(url.resolve('http://a/', '//b/c'), 'http://b/c');
assert.throws(() => url.format(5), { code: 'ERR_INVALID_ARG_TYPE' });
