'use strict';
// setEncoding makes 'data' strings, and a character split between two
// chunks arrives whole.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const bytes = Buffer.from('\u00e9\u20ac\ud83d\ude00');
const r = new Readable({ read() {} });
r.setEncoding('utf8');
assert.strictEqual(r.readableEncoding, 'utf8');
for (let i = 0; i < bytes.length; i++) r.push(bytes.subarray(i, i + 1));
r.push(null);
let text = '';
r.on('data', (s) => {
  assert.strictEqual(typeof s, 'string');
  text += s;
});
r.on('end', common.mustCall(() => assert.strictEqual(text, '\u00e9\u20ac\ud83d\ude00')));
