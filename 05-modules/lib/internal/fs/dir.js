// fs.opendir and fs.Dir: a folder read entry by entry. (Node:
// lib/internal/fs/dir.js.)
//
//     const dir = await fs.promises.opendir('.');
//     for await (const dirent of dir) ...     closes the Dir at the end
//     dir.read() / dir.readSync()             the next Dirent, or null
//     dir.close() / dir.closeSync()
//
// Node's Dir holds a native DirHandle over uv_fs_opendir and reads
// `bufferSize` entries per uv_fs_readdir. Stage 04's binding has no
// DirHandle, so this Dir reads the whole folder with one readdir (scandir)
// when it is opened, and hands out the entries from memory: the same
// Dirents, in scandir's (sorted) order rather than the directory's own, and
// a folder of a million entries is held at once.
'use strict';

const binding = internalBinding('fs');
const { FSReqCallback } = binding;
const { uvException } = internalBinding('uv');
const { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_INVALID_ARG_TYPE } =
  require('internal/errors').codes;
const { validateFunction } = require('internal/validators');
const { getDirents, getOptions, getValidatedPath, validateUint32 } =
  require('internal/fs/utils');

const kEntries = Symbol('kDirBufferedEntries');
const kPath = Symbol('kDirPath');
const kClosed = Symbol('kDirClosed');
const kOptions = Symbol('kDirOptions');
const kBusy = Symbol('kDirOperationQueue');

class Dir {
  constructor(path, entries, options) {
    if (path === undefined) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer'], path);
    this[kEntries] = entries;
    this[kPath] = path;
    this[kClosed] = false;
    this[kBusy] = null;
    this[kOptions] = options;
  }

  get path() {
    return this[kPath];
  }

  readSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kBusy] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    return this[kEntries].shift() ?? null;
  }

  // read(): a promise; read(callback): callback(err, dirent). The entry
  // comes on a later turn, as from a real read.
  read(callback) {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();  // thrown in both forms, as in Node
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.read((err, entry) => (err ? reject(err) :
        resolve(entry))));
    }
    validateFunction(callback, 'callback');
    process.nextTick(callback, null, this[kEntries].shift() ?? null);
  }

  closeSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kBusy] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kClosed] = true;
    this[kEntries] = [];
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kClosed]) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) :
        resolve())));
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    this[kClosed] = true;
    this[kEntries] = [];
    process.nextTick(callback, null);
  }

  async* entries() {
    try {
      for (;;) {
        const entry = await this.read();
        if (entry === null) break;
        yield entry;
      }
    } finally {
      if (!this[kClosed]) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }
}

function dirOptions(options) {
  options = getOptions(options, { encoding: 'utf8' });
  options = { bufferSize: 32, ...options };
  validateUint32(options.bufferSize, 'options.bufferSize', true);
  return options;
}

// A failed scandir reported as the opendir it stands for. (Node's
// synchronous opendir names no path in its message; the others do.)
function asOpendirError(err, path) {
  if (err.syscall !== 'scandir') return err;
  return uvException(err.errno, 'opendir', path === undefined ? undefined : String(path));
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = dirOptions(options);
  const req = new FSReqCallback();
  req.oncomplete = (err, result) => {
    if (err) return callback(asOpendirError(err, path));
    callback(null, new Dir(path, getDirents(path, result, require('fs').lstatSync), options));
  };
  binding.readdir(path, options.encoding, true, req);
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  let result;
  try {
    result = binding.readdir(path, options.encoding, true);
  } catch (err) {
    throw asOpendirError(err, undefined);
  }
  return new Dir(path, getDirents(path, result, require('fs').lstatSync), options);
}

module.exports = { Dir, opendir, opendirSync };
