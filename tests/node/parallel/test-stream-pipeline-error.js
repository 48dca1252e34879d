'use strict';
// An error in any member of a pipeline destroys all of them and reaches the
// callback once.
const common = require('../common');
const assert = require('assert');
const { Readable, Transform, Writable, pipeline } = require('stream');

const src = new Readable({ read() {} });
const bad = new Transform({ transform(c, e, cb) { cb(new Error('bad')); } });
const dst = new Writable({ write(c, e, cb) { cb(); } });
pipeline(src, bad, dst, common.mustCall((err) => {
  assert.strictEqual(err.message, 'bad');
  assert.strictEqual(src.destroyed, true);
  assert.strictEqual(dst.destroyed, true);
}));
src.push('go');
