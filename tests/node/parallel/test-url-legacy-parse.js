'use strict';
// The legacy url.parse splits without validating: auth, host, port,
// path, query (parsed on request) and hash.
require('../common');
const assert = require('assert');
const url = require('url');
const parsed = url.parse('HTTP://us:pw@Host.COM:8080/p/a?x=1&x=2#h', true);
assert.ok(parsed instanceof url.Url);
assert.strictEqual(parsed.protocol, 'http:');
assert.strictEqual(parsed.auth, 'us:pw');
assert.strictEqual(parsed.host, 'host.com:8080');
assert.strictEqual(parsed.port, '8080');
assert.strictEqual(parsed.pathname, '/p/a');
assert.strictEqual(parsed.path, '/p/a?x=1&x=2');
assert.deepStrictEqual({ ...parsed.query }, { x: ['1', '2'] });
assert.strictEqual(parsed.hash, '#h');
assert.strictEqual(url.parse('//h/p').host, null);
assert.strictEqual(url.parse('//h/p', false, true).host, 'h');
assert.strictEqual(url.parse('mailto:a@b').href, 'mailto:a@b');
assert.throws(() => url.parse(1), { code: 'ERR_INVALID_ARG_TYPE' });
