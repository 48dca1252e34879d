'use strict';
// An error on the stream rejects the pending next() of a for await loop.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
setImmediate(() => r.destroy(new Error('broken')));
assert.rejects(async () => {
  for await (const chunk of r) assert.fail(`unexpected ${chunk}`);
}, { message: 'broken' }).then(common.mustCall());
