// fs.ReadStream and fs.WriteStream: a file as a stream. (Node:
// lib/internal/fs/streams.js.)
//
// Both are thin: the stream machinery (buffers, backpressure, the order of
// 'end', 'finish' and 'close') is Readable's and Writable's; a file stream
// only says how to open, read or write, and close, with the callback
// functions of `fs`, each a request on the thread pool:
//
//     _construct(cb)   fs.open(path, flags, mode) unless an fd was given;
//                      then 'open' (fd) and 'ready'
//     _read(n)         fs.read(fd, buffer, 0, n, pos): push(bytes), or
//                      push(null) at the end of the file or past `end`
//     _write(chunk)    fs.write(fd, chunk, ..., pos), again until all of it
//                      is written
//     _destroy(err)    fs.close(fd), once a read or write in flight is done
//                      (closing an fd a worker is still using could let a new
//                      file take its number)
//
// `start` and `end` are byte positions, `end` inclusive. With no `start`
// the reads and writes go where the fd's own position is (position null).
// The `fs` option replaces the functions used (a memory file system, a test
// that counts calls); a FileHandle as `fd` does the same with its methods.
'use strict';

const { Buffer } = internalBinding('buffer');
const { Readable, Writable, finished } = require('stream');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE, ERR_STREAM_DESTROYED,
    ERR_SYSTEM_ERROR,
  },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const {
  copyObject, getOptions, getValidatedFd, getValidatedPath, toPathIfFileURL, validateInteger,
} = require('internal/fs/utils');

const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');

const lazyFs = () => require('fs');

// The FileHandle's methods in the shape of fs's callback functions.
function fileHandleOperations(handle) {
  const settle = (promise, callback, shape) => promise.then(
    (result) => callback(null, ...shape(result)), (error) => callback(error));
  return {
    open() { throw new ERR_METHOD_NOT_IMPLEMENTED('open()'); },
    close(fd, callback) {
      handle.close().then(() => callback(), callback);
    },
    read(fd, buffer, offset, length, position, callback) {
      settle(handle.read(buffer, offset, length, position), callback,
             (r) => [r.bytesRead, r.buffer]);
    },
    write(fd, buffer, offset, length, position, callback) {
      settle(handle.write(buffer, offset, length, position), callback,
             (r) => [r.bytesWritten, r.buffer]);
    },
    writev(fd, buffers, position, callback) {
      settle(handle.writev(buffers, position), callback, (r) => [r.bytesWritten, r.buffers]);
    },
  };
}

// What options.fd is: a number, or a FileHandle whose methods the stream
// then uses (and which closes the stream when it closes).
function importFd(stream, options, methods) {
  const { FileHandle } = require('internal/fs/promises');
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || lazyFs();
    for (const name of methods) validateFunction(stream[kFs][name], `options.fs.${name}`);
    return options.fd;
  }
  if (options.fd instanceof FileHandle) {
    if (options.fs) {
      // A FileHandle brings its own methods; custom ones would be ignored.
      throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    }
    stream[kHandle] = options.fd;
    stream[kFs] = fileHandleOperations(options.fd);
    options.fd.on('close', stream.close.bind(stream));
    return options.fd.fd;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

// Common to both: the fd or the path, and the functions to use.
function setUp(stream, path, options, methods) {
  if (options.fd == null) {
    stream.fd = null;
    stream[kFs] = options.fs || lazyFs();
    for (const name of methods) validateFunction(stream[kFs][name], `options.fs.${name}`);
    stream.path = toPathIfFileURL(path);
    getValidatedPath(stream.path);
  } else {
    stream.fd = getValidatedFd(importFd(stream, options, methods.filter((m) => m !== 'open')));
    stream.path = toPathIfFileURL(path);
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  stream.mode = options.mode === undefined ? 0o666 : options.mode;
  stream.start = options.start;
  stream.pos = undefined;
  stream[kIsPerformingIO] = false;
  if (stream.start !== undefined) {
    validateInteger(stream.start, 'start', 0);
    stream.pos = stream.start;
  }
}

// Opens the file unless the stream was given an fd; Readable and Writable
// hold every read and write back until `callback` is called.
function construct(callback) {
  if (typeof this.fd === 'number') {
    callback();
    return;
  }
  this[kFs].open(this.path, this.flags, this.mode, (error, fd) => {
    if (error) {
      callback(error);
      return;
    }
    this.fd = fd;
    callback();
    this.emit('open', this.fd);
    this.emit('ready');
  });
}

// Closes the fd, after the read or write in flight, if any. An fd of 0 is
// never closed (a stream over stdin leaves it open).
function destroy(error, callback) {
  const close = (ioError) => {
    if (!this.fd) {
      callback(error || ioError);
      return;
    }
    this[kFs].close(this.fd, (closeError) => callback(closeError || error || ioError));
    this.fd = null;
  };
  if (this[kIsPerformingIO]) this.once(kIoDone, close);
  else close();
}

const pending = {
  get() { return this.fd === null; },
  configurable: true,
};

// ---- ReadStream ----

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyObject(getOptions(options, {}));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  setUp(this, path, options, ['open', 'read', 'close']);
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.end = options.end ?? Infinity;
  this.bytesRead = 0;
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() { return this._readableState.autoDestroy; },
  set(value) { this._readableState.autoDestroy = value; },
  configurable: true,
});
Object.defineProperty(ReadStream.prototype, 'pending', pending);

ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function(n) {
  // Never past `end` (inclusive), counted from the start or from the
  // fd's position.
  n = Math.min(this.end - (this.pos !== undefined ? this.pos : this.bytesRead) + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buffer = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buffer, 0, n, this.pos ?? null, (error, bytesRead) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, error);  // _destroy() waits for this to close the fd
      return;
    }
    if (error) {
      require('internal/streams/destroy').errorOrDestroy(this, error);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      // A short read gets a buffer of its own size, so that the unused
      // rest is not kept alive by the chunk.
      this.push(bytesRead === buffer.length ? buffer : Buffer.from(buffer.subarray(0, bytesRead)));
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = destroy;

ReadStream.prototype.close = function(callback) {
  if (typeof callback === 'function') finished(this, callback);
  this.destroy();
};

// ---- WriteStream ----

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyObject(getOptions(options, {}));
  options.decodeStrings = true;  // _write sees Buffers only
  const fsMethods = options.fs || lazyFs();
  const methods = ['open', 'close'];
  if (typeof fsMethods.write !== 'function' && typeof fsMethods.writev !== 'function') {
    methods.push('write');  // one of the two is needed: report write missing
  }
  setUp(this, path, options, methods);
  if (typeof this[kFs].write !== 'function') this._write = null;
  if (typeof this[kFs].writev !== 'function') this._writev = null;
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.bytesWritten = 0;
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() { return this._writableState.autoDestroy; },
  set(value) { this._writableState.autoDestroy = value; },
  configurable: true,
});
Object.defineProperty(WriteStream.prototype, 'pending', pending);

WriteStream.prototype._construct = construct;

// The bytes after the first `count` of a Buffer, or of a list of them.
function dropBytes(data, count) {
  if (!Array.isArray(data)) return data.subarray(count);
  const rest = [];
  for (const chunk of data) {
    if (count >= chunk.length) {
      count -= chunk.length;
    } else {
      rest.push(count > 0 ? chunk.subarray(count) : chunk);
      count = 0;
    }
  }
  return rest;
}

// Writes `data` (a Buffer with write, a list of them with writev). A write
// may take fewer bytes than asked; the rest goes again, and five writes in
// a row that take nothing end in an error rather than a loop.
function writeAll(syscall, data, size, position, callback, retries = 0) {
  const done = (error, bytesWritten) => {
    if (error?.code === 'EAGAIN') {
      error = null;
      bytesWritten = 0;
    }
    if (this.destroyed || error) {
      callback(error || new ERR_STREAM_DESTROYED(syscall));
      return;
    }
    this.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    if (position !== null) position += bytesWritten;
    if (retries > 5) {
      callback(new ERR_SYSTEM_ERROR({ syscall, code: 'EIO', message: 'write failed' }));
    } else if (size) {
      writeAll.call(this, syscall, dropBytes(data, bytesWritten), size, position, callback, retries);
    } else {
      callback();
    }
  };
  if (syscall === 'write') this[kFs].write(this.fd, data, 0, size, position, done);
  else this[kFs].writev(this.fd, data, position, done);
}

// Runs one write (or writev) with the IO flag set, so that a destroy()
// meanwhile waits for it before closing the fd.
function performWrite(stream, syscall, data, size, callback) {
  stream[kIsPerformingIO] = true;
  writeAll.call(stream, syscall, data, size, stream.pos ?? null, (error) => {
    stream[kIsPerformingIO] = false;
    if (stream.destroyed) {
      callback(error);
      stream.emit(kIoDone, error);
      return;
    }
    callback(error);
  });
  if (stream.pos !== undefined) stream.pos += size;
}

WriteStream.prototype._write = function(data, encoding, callback) {
  performWrite(this, 'write', data, data.length, callback);
};

WriteStream.prototype._writev = function(data, callback) {
  const chunks = data.map(({ chunk }) => chunk);
  const size = chunks.reduce((total, chunk) => total + chunk.length, 0);
  performWrite(this, 'writev', chunks, size, callback);
};

WriteStream.prototype._destroy = destroy;

// Ends the stream: what is buffered is written first, then the fd closes
// (and, with autoClose false, the stream is destroyed once finished).
WriteStream.prototype.close = function(callback) {
  if (callback) {
    if (this.closed) {
      process.nextTick(callback);
      return;
    }
    this.on('close', callback);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = { ReadStream, WriteStream };
