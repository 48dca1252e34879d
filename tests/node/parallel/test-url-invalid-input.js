'use strict';
// A URL that does not parse throws a TypeError with code ERR_INVALID_URL;
// the input (and base) are properties, not part of the message.
require('../common');
const assert = require('assert');
for (const [input, base] of [['foo'], ['http://[::1'], ['http://a:99999'], ['x', 'not a base'],
  ['http://exa mple.com'], ['https://']]) {
  assert.throws(() => new URL(input, base), (error) => {
    assert.ok(error instanceof TypeError);
    assert.strictEqual(error.code, 'ERR_INVALID_URL');
    assert.strictEqual(error.message, 'Invalid URL');
    assert.strictEqual(error.input, input);
    assert.strictEqual(error.base, base);
    assert.strictEqual('base' in error, base !== undefined);
    return true;
  });
}
assert.throws(() => new URL(), { code: 'ERR_MISSING_ARGS', name: 'TypeError' });
