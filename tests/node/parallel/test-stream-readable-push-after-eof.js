'use strict';
// push() after push(null) destroys the stream with ERR_STREAM_PUSH_AFTER_EOF.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push(null);
assert.strictEqual(r.push('late'), false);
r.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_PUSH_AFTER_EOF');
  assert.strictEqual(err.message, 'stream.push() after EOF');
}));
r.on('close', common.mustCall(() => assert.strictEqual(r.destroyed, true)));
