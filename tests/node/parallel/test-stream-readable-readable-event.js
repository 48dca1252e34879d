'use strict';
// A 'readable' listener switches to paused mode; read() drains the buffer
// and 'readable' comes once more at the end.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
const chunks = [];
r.on('readable', common.mustCall(() => {
  let chunk;
  while ((chunk = r.read()) !== null) chunks.push(chunk.toString());
}, 2));
assert.strictEqual(r.readableFlowing, false);
r.push('x');
r.push('y');
setImmediate(() => r.push(null));
r.on('end', common.mustCall(() => assert.deepStrictEqual(chunks, ['xy'])));
