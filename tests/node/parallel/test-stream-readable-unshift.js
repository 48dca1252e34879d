'use strict';
// unshift() puts data back in front of what is buffered; after 'end' it is
// an error.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('body');
const head = r.read(2);
r.unshift(head);
r.unshift('>');
assert.strictEqual(r.read().toString(), '>body');

const late = new Readable({ read() {} });
late.on('end', common.mustCall(() => late.unshift('x')));
late.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT');
}));
late.resume();
late.push(null);
