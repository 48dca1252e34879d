'use strict';
// getRandomValues (crypto, webcrypto, globalThis.crypto) on integer arrays only.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const a = new Uint8Array(32);
assert.strictEqual(crypto.getRandomValues(a), a);
assert(a.some((x) => x !== 0));
assert.strictEqual(globalThis.crypto, crypto.webcrypto);
assert.strictEqual(globalThis.crypto.getRandomValues(new BigInt64Array(2)).length, 2);
assert.match(globalThis.crypto.randomUUID(), /^[0-9a-f-]{36}$/);
assert.throws(() => crypto.getRandomValues(new Float64Array(2)), { name: 'TypeMismatchError' });
assert.throws(() => crypto.webcrypto.getRandomValues(new Uint8Array(65537)), { name: 'QuotaExceededError' });
assert.strictEqual(crypto.getRandomValues(new Uint8Array(65536)).length, 65536);
