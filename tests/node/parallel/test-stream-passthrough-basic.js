'use strict';
// PassThrough hands its input on unchanged.
const common = require('../common');
const assert = require('assert');
const { PassThrough, Transform } = require('stream');

const p = new PassThrough();
assert.ok(p instanceof Transform);
const chunks = [];
p.on('data', (c) => chunks.push(c));
p.on('end', common.mustCall(() => {
  assert.strictEqual(Buffer.concat(chunks).toString(), 'one two');
}));
p.write('one ');
p.end(Buffer.from('two'));
