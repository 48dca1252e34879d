// readFile, writeFile and appendFile in their callback and synchronous
// forms: a whole file read or written as a chain of binding calls. (Node:
// lib/fs.js and lib/internal/fs/read/context.js.)
//
//     readFile(path, cb)    open --> fstat --> read ... read --> close --> cb
//                           each arrow a request: its oncomplete starts the
//                           next call, so the loop runs on between them
//     readFileSync(path)    the same calls, each one here and now
//
// fstat says how big a regular file is: one Buffer of that size, filled in
// reads of up to 512 KiB. A file whose size says 0 (a pipe, /proc) is read
// in 64 KiB chunks until a read answers 0. A descriptor given instead of a
// path is read from where it stands, and left open.
'use strict';

const binding = internalBinding('fs');
const { Buffer } = internalBinding('buffer');
const { AbortError, codes: { ERR_FS_FILE_TOO_LARGE } } = require('internal/errors');
const {
  constants: { S_IFMT, S_IFREG }, copyObject, getOptions, getValidatedPath, isFd, kIoMaxLength,
  makeReq, maybeCallback, stringToFlags, validateBoolean, validateStringAfterArrayBufferView,
} = require('internal/fs/utils');

const kReadFileUnknownBufferLength = 64 * 1024;
const kReadFileBufferLength = 512 * 1024;

function checkAborted(signal, callback) {
  if (signal?.aborted) {
    callback(new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

// ---- readFile ----

function isRegularFile(stats) {
  return (stats[1] & S_IFMT) === S_IFREG;  // stats[1]: st_mode
}

function tooLarge(size) {
  return new ERR_FS_FILE_TOO_LARGE(size);
}

// The whole file, in as few reads as its size allows: one Buffer of that
// size for a regular file, chunks until end of file for others (a pipe,
// /proc files, whose size says 0).
function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const isUserFd = isFd(path);
  const fd = isUserFd ? path : require('fs').openSync(path, options.flag, 0o666);
  let buffer;
  try {
    const stats = binding.fstat(fd, false);
    const size = isRegularFile(stats) ? stats[8] : 0;
    if (size > kIoMaxLength) throw tooLarge(size);
    if (size === 0) {
      const chunks = [];
      let length = 0;
      for (;;) {
        const chunk = Buffer.allocUnsafe(kReadFileUnknownBufferLength);
        const bytesRead = binding.read(fd, chunk, 0, chunk.length, -1);
        if (bytesRead === 0) break;
        chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
        length += bytesRead;
      }
      buffer = Buffer.concat(chunks, length);
    } else {
      buffer = Buffer.allocUnsafe(size);
      let offset = 0;
      while (offset < size) {
        const bytesRead = binding.read(fd, buffer, offset, size - offset, -1);
        if (bytesRead === 0) break;
        offset += bytesRead;
      }
      if (offset < size) buffer = buffer.subarray(0, offset);
    }
  } finally {
    if (!isUserFd) binding.close(fd);
  }
  return options.encoding ? buffer.toString(options.encoding) : buffer;
}

// The same as a chain of requests: open, fstat, read..., close. Each step's
// callback starts the next one.
function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const isUserFd = isFd(path);
  const { signal, encoding } = options;
  let fd;
  let buffer;
  let chunks;
  let offset = 0;
  let size;

  const finish = (err) => {
    if (isUserFd) return done(err);
    binding.close(fd, makeReq((closeErr) => done(err || closeErr)));
  };
  const done = (err) => {
    if (err) return callback(err);
    let result = chunks ? Buffer.concat(chunks, offset) : buffer.subarray(0, offset);
    if (encoding) {
      try {
        result = result.toString(encoding);
      } catch (error) {
        return callback(error);
      }
    }
    callback(null, result);
  };
  const readChunk = () => {
    if (signal?.aborted) return finish(new AbortError(undefined, { cause: signal.reason }));
    let target;
    let start;
    let length;
    if (size === 0) {
      target = Buffer.allocUnsafe(kReadFileUnknownBufferLength);
      start = 0;
      length = target.length;
    } else {
      target = buffer;
      start = offset;
      length = Math.min(kReadFileBufferLength, size - offset);
    }
    binding.read(fd, target, start, length, -1, makeReq((err, bytesRead) => {
      if (err) return finish(err);
      if (bytesRead === 0) return finish(null);
      offset += bytesRead;
      if (size === 0) chunks.push(target.subarray(0, bytesRead));
      if (size !== 0 && offset === size) return finish(null);
      readChunk();
    }));
  };
  const afterStat = (err, stats) => {
    if (err) return finish(err);
    size = isRegularFile(stats) ? stats[8] : 0;
    if (size > kIoMaxLength) return finish(tooLarge(size));
    if (size === 0) chunks = [];
    else buffer = Buffer.allocUnsafe(size);
    readChunk();
  };
  const afterOpen = (err, openedFd) => {
    if (err) return callback(err);
    fd = openedFd;
    binding.fstat(fd, false, makeReq(afterStat));
  };

  if (checkAborted(signal, callback)) return;
  if (isUserFd) {
    afterOpen(null, path);
    return;
  }
  path = getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  binding.open(path, flags, 0o666, makeReq(afterOpen));
}

// ---- writeFile, appendFile ----

function writeAllSync(fd, data, isUserFd) {
  let offset = 0;
  let length = data.byteLength;
  // A descriptor the caller opened is written where it stands; one opened
  // here from the start.
  let position = isUserFd ? null : 0;
  while (length > 0) {
    const written = binding.writeBuffer(fd, data, offset, length, position);
    offset += written;
    length -= written;
    if (position !== null) position += written;
  }
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (!ArrayBuffer.isView(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    data = Buffer.from(data, options.encoding || 'utf8');
  }
  const isUserFd = isFd(path);
  const fd = isUserFd ? path : require('fs').openSync(path, options.flag || 'w', options.mode);
  try {
    writeAllSync(fd, data, isUserFd);
    if (flush) binding.fsync(fd);
  } finally {
    if (!isUserFd) binding.close(fd);
  }
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (!ArrayBuffer.isView(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    data = Buffer.from(data, options.encoding || 'utf8');
  }
  const { signal } = options;
  const isUserFd = isFd(path);
  let fd;
  let offset = 0;
  let position = isUserFd ? null : 0;
  const finish = (err) => {
    if (isUserFd) return callback(err);
    binding.close(fd, makeReq((closeErr) => callback(err || closeErr || null)));
  };
  const writeChunk = () => {
    if (signal?.aborted) return finish(new AbortError(undefined, { cause: signal.reason }));
    if (offset === data.byteLength) {
      if (flush) return binding.fsync(fd, makeReq((err) => finish(err)));
      return finish(null);
    }
    binding.writeBuffer(fd, data, offset, data.byteLength - offset, position,
                        makeReq((err, written) => {
                          if (err) return finish(err);
                          offset += written;
                          if (position !== null) position += written;
                          writeChunk();
                        }));
  };
  if (isUserFd) {
    fd = path;
    writeChunk();
    return;
  }
  if (checkAborted(signal, callback)) return;
  require('fs').open(path, options.flag || 'w', options.mode, (err, opened) => {
    if (err) return callback(err);
    fd = opened;
    writeChunk();
  });
}

function appendOptions(path, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  return options;
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  writeFile(path, data, appendOptions(path, options), callback);
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(path, options));
}

module.exports = {
  appendFile, appendFileSync, readFile, readFileSync, writeFile, writeFileSync,
};
