'use strict';
// readableFlowing is null, then true with a 'data' listener, false after
// pause(), true after resume().
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
assert.strictEqual(r.readableFlowing, null);
assert.strictEqual(r.isPaused(), false);
r.on('data', common.mustCall(2));
assert.strictEqual(r.readableFlowing, true);
r.pause();
assert.strictEqual(r.readableFlowing, false);
assert.strictEqual(r.isPaused(), true);
r.push('a');
setImmediate(common.mustCall(() => {
  assert.strictEqual(r.readableLength, 1);
  r.resume();
  assert.strictEqual(r.readableFlowing, true);
  r.push('b');
  r.push(null);
}));
r.on('end', common.mustCall());
