'use strict';
// UTF-16LE: odd bytes and split surrogate pairs wait for the rest.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');
const decoder = new StringDecoder('utf16le');
const bytes = Buffer.from('a\ud83d\ude00', 'utf16le');
assert.strictEqual(decoder.write(bytes.subarray(0, 1)), '');
assert.strictEqual(decoder.write(bytes.subarray(1, 4)), 'a');
assert.strictEqual(decoder.write(bytes.subarray(4)), '\ud83d\ude00');
assert.strictEqual(decoder.end(), '');
