'use strict';
// Special schemes have default ports that are never shown, always a
// host, and read backslash as slash; other schemes keep them as written.
require('../common');
const assert = require('assert');
for (const [scheme, port] of [['http', 80], ['https', 443], ['ws', 80], ['wss', 443], ['ftp', 21]]) {
  const url = new URL(`${scheme}://h:${port}/`);
  assert.strictEqual(url.port, '');
  assert.strictEqual(url.href, `${scheme}://h/`);
  assert.strictEqual(url.origin, `${scheme}://h`);
}
assert.strictEqual(new URL('sc://h:80/').port, '80');
assert.strictEqual(new URL('http:\\\\h\\a\\b').href, 'http://h/a/b');
assert.strictEqual(new URL('sc://h/a\\b').pathname, '/a\\b');
assert.throws(() => new URL('http://'), { code: 'ERR_INVALID_URL' });
assert.strictEqual(new URL('sc://').href, 'sc://');
assert.strictEqual(new URL('sc:x y').origin, 'null');
assert.strictEqual(new URL('blob:https://o.com/id').origin, 'https://o.com');
