'use strict';
// Encoding names are normalised; an unknown one throws; hex and latin1
// have nothing to hold back.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');
assert.strictEqual(new StringDecoder().encoding, 'utf8');
assert.strictEqual(new StringDecoder('UTF-8').encoding, 'utf8');
assert.strictEqual(new StringDecoder('ucs2').encoding, 'utf16le');
assert.strictEqual(new StringDecoder('binary').encoding, 'latin1');
assert.strictEqual(new StringDecoder('hex').write(Buffer.from([1, 255])), '01ff');
assert.strictEqual(new StringDecoder('latin1').write(Buffer.from([0xe9])), '\u00e9');
assert.throws(() => new StringDecoder('nope'), { code: 'ERR_UNKNOWN_ENCODING' });
