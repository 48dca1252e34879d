'use strict';
// Base64 output comes in whole groups of three bytes; end() flushes the
// rest with padding.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');
const decoder = new StringDecoder('base64');
assert.strictEqual(decoder.write(Buffer.from('ab')), '');
assert.strictEqual(decoder.write(Buffer.from('cd')), 'YWJj');
assert.strictEqual(decoder.end(), 'ZA==');
assert.strictEqual(decoder.end(Buffer.from('x')), 'eA==');
