// SyncWriteStream: a Writable that writes each chunk with fs.writeSync, at
// once. (Node: lib/internal/fs/sync_write_stream.js.)
//
// process.stdout is one of these when fd 1 is a file (`node app.js > log`).
// A file never makes a writer wait for a reader, so nothing is gained by
// writing through the thread pool, and writing at once means that what was
// written is in the file even if the program exits on the next line.
'use strict';

const { Writable } = require('stream');
const { closeSync, writeSync } = require('fs');

function SyncWriteStream(fd, options = {}) {
  Writable.call(this, { autoDestroy: true });
  this.fd = fd;
  this.readable = false;
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
}
Object.setPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(SyncWriteStream, Writable);

SyncWriteStream.prototype._write = function(chunk, encoding, callback) {
  writeSync(this.fd, chunk);
  callback();
  return true;
};

SyncWriteStream.prototype._destroy = function(error, callback) {
  if (this.fd === null) return callback(error);
  if (this.autoClose) closeSync(this.fd);
  this.fd = null;
  callback(error);
};

SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;

module.exports = SyncWriteStream;
