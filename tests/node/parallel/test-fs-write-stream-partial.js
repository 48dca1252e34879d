'use strict';
// A write that takes fewer bytes than asked is continued until all are in,
// for write and for writev (corked writes); bytesWritten counts them all.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

let writes = 0;
let writevs = 0;
const stingy = {
  open: fs.open,
  close: fs.close,
  // Two bytes at a time at the most.
  write(fd, buffer, offset, length, position, callback) {
    writes++;
    fs.write(fd, buffer, offset, Math.min(length, 2), position, callback);
  },
  // Only the first buffer of the list, and at most three of its bytes.
  writev(fd, buffers, position, callback) {
    writevs++;
    fs.write(fd, buffers[0], 0, Math.min(buffers[0].length, 3), position,
             (err, bytesWritten) => callback(err, bytesWritten, buffers));
  },
};

const file = tmpdir.resolve('partial.txt');
const stream = fs.createWriteStream(file, { fs: stingy });
stream.write('abcdefg', common.mustCall(() => {
  stream.cork();
  stream.write('hij');
  stream.write('klmno');
  stream.write('p');
  process.nextTick(() => stream.uncork());
  stream.end();
}));
stream.on('close', common.mustCall(() => {
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcdefghijklmnop');
  assert.strictEqual(stream.bytesWritten, 16);
  assert.strictEqual(writes, 4);  // ab cd ef g
  assert.ok(writevs >= 3, `${writevs}`);  // more than one: each took a part
}));
