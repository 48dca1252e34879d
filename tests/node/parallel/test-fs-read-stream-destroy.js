'use strict';
// destroy() and close() before the end: 'close' but no 'end'; the fd is
// closed after the read in flight; close(cb) calls back once closed.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('big.bin');
fs.writeFileSync(file, Buffer.alloc(1 << 20));

const a = fs.createReadStream(file);
a.on('end', common.mustNotCall());
a.on('open', common.mustCall(() => a.destroy()));
a.on('close', common.mustCall(() => assert.strictEqual(a.destroyed, true)));
a.resume();

const b = fs.createReadStream(file);
b.once('data', common.mustCall(() => {
  b.close(common.mustCall((err) => {
    assert.ok(err === undefined || err.code === 'ERR_STREAM_PREMATURE_CLOSE');
    assert.strictEqual(b.closed, true);
  }));
}));

const c = fs.createReadStream(file);
c.destroy(new Error('stop'));
c.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'stop')));
c.on('close', common.mustCall());
