'use strict';
// StringDecoder is an old-style constructor: a decoder can be made the ES5
// way, by calling it on an object whose prototype is StringDecoder's (as
// iconv-lite does under body-parser), and its methods are plain, enumerable
// properties of the prototype.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

function Utf8Decoder(options) {
  StringDecoder.call(this, 'utf8');
  this.options = options;
}
Utf8Decoder.prototype = StringDecoder.prototype;

const decoder = new Utf8Decoder({ tag: 1 });
assert.strictEqual(decoder.encoding, 'utf8');
assert.ok(decoder instanceof StringDecoder);
// A character split over three writes comes out whole, once.
const euro = Buffer.from('\u20ac', 'utf8');
assert.strictEqual(decoder.write(euro.subarray(0, 1)), '');
assert.strictEqual(decoder.write(euro.subarray(1, 2)), '');
assert.strictEqual(decoder.write(euro.subarray(2)), '\u20ac');
assert.strictEqual(decoder.end(Buffer.from([0xe2])), '\ufffd');

// A second ES5 "subclass" with its own prototype object.
function Latin1Decoder() {
  StringDecoder.call(this, 'latin1');
}
Latin1Decoder.prototype = Object.create(StringDecoder.prototype);
Latin1Decoder.prototype.constructor = Latin1Decoder;
assert.strictEqual(new Latin1Decoder().write(Buffer.from([0xe9])), '\u00e9');

// Called without an object at all, it fails as a strict function does.
assert.throws(() => StringDecoder('utf8'), TypeError);

for (const name of ['write', 'end']) {
  const descriptor = Object.getOwnPropertyDescriptor(StringDecoder.prototype, name);
  assert.strictEqual(typeof descriptor.value, 'function');
  assert.strictEqual(descriptor.enumerable, true);
}
assert.throws(() => new StringDecoder('nope'), { code: 'ERR_UNKNOWN_ENCODING' });
