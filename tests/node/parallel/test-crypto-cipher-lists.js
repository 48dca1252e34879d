'use strict';
// getCiphers and getCipherInfo describe the ciphers OpenSSL offers.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const ciphers = crypto.getCiphers();
for (const name of ['aes-128-cbc', 'aes-256-gcm', 'chacha20-poly1305', 'aes-256-ctr']) {
  assert(ciphers.includes(name), name);
}
assert.deepStrictEqual(crypto.getCipherInfo('aes-128-cbc'),
                       { mode: 'cbc', name: 'aes-128-cbc', nid: 419, blockSize: 16, ivLength: 16, keyLength: 16 });
assert.strictEqual(crypto.getCipherInfo('aes-256-gcm').ivLength, 12);
assert.strictEqual(crypto.getCipherInfo('aes-256-ecb').ivLength, undefined);
assert.strictEqual(crypto.getCipherInfo('no-such-cipher'), undefined);
