'use strict';
// Writes arrive in order; 'open', 'ready', then 'finish' and 'close';
// bytesWritten counts them; write() reports backpressure past the mark.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('out.txt');
const stream = fs.createWriteStream(file, { highWaterMark: 4 });
assert.ok(stream instanceof fs.WriteStream);
assert.strictEqual(stream.pending, true);
assert.strictEqual(stream.bytesWritten, 0);
const events = [];
stream.on('open', common.mustCall(() => events.push('open')));
stream.on('ready', common.mustCall(() => events.push('ready')));
assert.strictEqual(stream.write('ab'), true);
assert.strictEqual(stream.write('cdef'), false);
stream.once('drain', common.mustCall(() => {
  events.push('drain');
  stream.end('gh', common.mustCall(() => events.push('end-callback')));
}));
stream.on('finish', common.mustCall(() => events.push('finish')));
stream.on('close', common.mustCall(() => {
  events.push('close');
  assert.deepStrictEqual(events, ['open', 'ready', 'drain', 'end-callback', 'finish', 'close']);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcdefgh');
  assert.strictEqual(stream.bytesWritten, 8);
}));
