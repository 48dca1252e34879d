'use strict';
// close(cb) ends the stream (what is buffered is written first), then
// closes the fd; with autoClose false the fd stays open after 'finish'.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('closed.txt');
const stream = fs.createWriteStream(file);
stream.write('buffered');
stream.close(common.mustCall(() => {
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'buffered');
  assert.strictEqual(stream.closed, true);
  stream.close(common.mustCall());  // closed already: called on the next tick
}));

const kept = tmpdir.resolve('kept.txt');
const fd = fs.openSync(kept, 'w');
const open = fs.createWriteStream(null, { fd, autoClose: false });
open.on('open', common.mustNotCall());
open.end('kept', common.mustCall(() => {
  fs.writeSync(fd, '!');  // still open
  fs.closeSync(fd);
  assert.strictEqual(fs.readFileSync(kept, 'utf8'), 'kept!');
}));
