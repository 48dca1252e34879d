'use strict';
// pipe() into a slow destination: every byte arrives, the source pauses
// and resumes, and the destination is ended.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

let produced = 0;
const src = new Readable({
  read() { this.push(produced < 50 ? Buffer.alloc(64, produced++) : null); },
});
let received = 0;
const dst = new Writable({
  highWaterMark: 128,
  write(chunk, enc, cb) {
    received += chunk.length;
    setImmediate(cb);
  },
});
src.on('pause', common.mustCallAtLeast(() => {}, 1));
dst.on('finish', common.mustCall(() => assert.strictEqual(received, 50 * 64)));
assert.strictEqual(src.pipe(dst), dst);
