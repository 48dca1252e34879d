'use strict';
// destroy(err): destroyed at once, then 'error', then 'close', each once.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
const err = new Error('kaboom');
let errorSeen = false;
r.on('error', common.mustCall((e) => {
  assert.strictEqual(e, err);
  errorSeen = true;
}));
r.on('close', common.mustCall(() => assert.strictEqual(errorSeen, true)));
r.destroy(err);
r.destroy(new Error('ignored'));
assert.strictEqual(r.destroyed, true);
assert.strictEqual(r.errored, err);
assert.strictEqual(r.readable, false);
