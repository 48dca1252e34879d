'use strict';
// allowHalfOpen: false ends the writable side when the readable side ends.
const common = require('../common');
const assert = require('assert');
const { Duplex } = require('stream');

const d = new Duplex({
  allowHalfOpen: false,
  read() { this.push(null); },
  write: common.mustNotCall(),
});
assert.strictEqual(d.allowHalfOpen, false);
d.on('end', common.mustCall());
d.on('finish', common.mustCall(() => assert.strictEqual(d.writableEnded, true)));
d.on('close', common.mustCall());
d.resume();

const open = new Duplex({ read() { this.push(null); }, write(c, e, cb) { cb(); } });
open.on('end', common.mustCall(() => setImmediate(common.mustCall(() => {
  assert.strictEqual(open.writable, true);
  open.end();
}))));
open.resume();
