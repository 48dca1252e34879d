'use strict';
// A host that ends in a number is an IPv4 address in any of its old
// forms (decimal, octal, hex, fewer than four parts) or an error.
require('../common');
const assert = require('assert');
const same = ['127.0.0.1', '127.1', '0x7f.1', '0177.0.0.1', '2130706433', '0x7F000001', '127.0.1',
  '017700000001', '127.0.0.1.'];
for (const host of same) assert.strictEqual(new URL(`http://${host}/`).hostname, '127.0.0.1', host);
assert.strictEqual(new URL('http://0/').hostname, '0.0.0.0');
assert.strictEqual(new URL('http://4294967295/').hostname, '255.255.255.255');
for (const bad of ['4294967296', '1.2.3.4.5', '256.0.0.1', '1.2.3.08', 'a.1', '0x1.g.2'])
  assert.throws(() => new URL(`http://${bad}/`), { code: 'ERR_INVALID_URL' }, bad);
// A last label that is no number makes a domain.
assert.strictEqual(new URL('http://0x1g/').hostname, '0x1g');
// Not special: an opaque host, kept as written.
assert.strictEqual(new URL('sc://127.1/').hostname, '127.1');
