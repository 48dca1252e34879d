'use strict';
// A UTF-8 character split across writes is held back until complete.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');
const decoder = new StringDecoder('utf8');
const bytes = Buffer.from('\u20ac\ud83d\ude00');
let out = '';
for (const byte of bytes) out += decoder.write(Buffer.from([byte]));
assert.strictEqual(out + decoder.end(), '\u20ac\ud83d\ude00');
assert.strictEqual(decoder.write(Buffer.from([0xE2, 0x82])), '');
assert.strictEqual(decoder.end(), '\ufffd');
