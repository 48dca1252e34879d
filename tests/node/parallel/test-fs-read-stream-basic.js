'use strict';
// A file read as a stream arrives whole, in chunks of at most highWaterMark,
// with 'open' and 'ready' before the data and 'end' before 'close'.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('data.bin');
const content = Buffer.alloc(200000, 'abcdefghij');
fs.writeFileSync(file, content);

const events = [];
const chunks = [];
const stream = fs.createReadStream(file, { highWaterMark: 65536 });
assert.ok(stream instanceof fs.ReadStream);
assert.strictEqual(stream.pending, true);
assert.strictEqual(stream.path, file);
assert.strictEqual(stream.bytesRead, 0);
stream.on('open', common.mustCall((fd) => {
  assert.strictEqual(typeof fd, 'number');
  assert.strictEqual(stream.pending, false);
  events.push('open');
}));
stream.on('ready', common.mustCall(() => events.push('ready')));
stream.on('data', (chunk) => {
  assert.ok(chunk.length <= 65536);
  if (events.at(-1) !== 'data') events.push('data');
  chunks.push(chunk);
});
stream.on('end', common.mustCall(() => events.push('end')));
stream.on('close', common.mustCall(() => {
  events.push('close');
  assert.deepStrictEqual(events, ['open', 'ready', 'data', 'end', 'close']);
  assert.ok(Buffer.concat(chunks).equals(content));
  assert.strictEqual(stream.bytesRead, content.length);
  assert.strictEqual(stream.destroyed, true);
}));
