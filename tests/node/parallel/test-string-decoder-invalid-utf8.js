'use strict';
// Invalid UTF-8 becomes U+FFFD, one per bad sequence, as Buffer's own
// decoding gives.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');
for (const bytes of [[0xFF], [0xC3, 0x28], [0xE2, 0x28, 0xA1], [0xF0, 0x9F, 0x41], [0x80, 0x80]]) {
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.from(bytes);
  assert.strictEqual(decoder.write(buffer) + decoder.end(), buffer.toString('utf8'), String(bytes));
}
