'use strict';
// URL.canParse agrees with the constructor, and never throws for bad
// input; URL.parse returns null instead of throwing.
require('../common');
const assert = require('assert');
const inputs = ['http://x', 'x', '//x', 'sc:', 'file:', '', 'http://[::1]', 'http://1.2.3.4.5'];
for (const base of [undefined, 'http://b/', 'sc:opaque', 'bad']) {
  for (const input of inputs) {
    let ok = true;
    try { new URL(input, base); } catch { ok = false; }
    assert.strictEqual(URL.canParse(input, base), ok, `${input} ${base}`);
    assert.strictEqual(URL.parse(input, base) === null, !ok);
  }
}
assert.throws(() => URL.canParse(), { code: 'ERR_MISSING_ARGS' });
