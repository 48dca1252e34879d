// fs.promises (and require('fs/promises')): the file system as promises,
// and FileHandle, an open file as an object. (Node: lib/internal/fs/promises.js.)
//
// Each function passes the binding its kUsePromises symbol instead of a
// request: the binding queues the call on the pool and hands back a promise
// that the loop settles (04-bindings/fs/fs_requests.h). These are async
// functions, so a bad argument is a rejection, never a throw.
//
// A FileHandle owns its descriptor: handle.close() gives it back. A handle
// that the program drops unclosed is closed when the garbage collector takes
// it, with Node's two warnings; Node does that in C++ (the handle's
// destructor), here a FinalizationRegistry does it in JavaScript.
'use strict';

const binding = internalBinding('fs');
const { kUsePromises } = binding;
const { Buffer } = internalBinding('buffer');
const EventEmitter = require('events');
const { AbortError, codes: {
  ERR_FS_FILE_TOO_LARGE, ERR_FS_INVALID_SYMLINK_TYPE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
} } =
  require('internal/errors');
const { validateAbortSignal, validateObject } = require('internal/validators');
const {
  constants, getDirents, getOptions, getStatsFromBinding, getValidatedPath, getValidMode,
  kIoMaxLength, parseFileMode, stringToFlags, validateBoolean, validateBuffer, validateEncoding,
  validateInteger, validateOffsetLengthRead, validateOffsetLengthWrite, validatePosition,
  validateRmdirOptions, validateStringAfterArrayBufferView, defaultRmOptions, isDirectoryError,
} = require('internal/fs/utils');
const { F_OK, S_IFMT, S_IFREG, S_IFDIR } = constants;

const kReadFileMaxChunkSize = 512 * 1024;
const kReadFileUnknownBufferLength = 64 * 1024;
const kWriteFileMaxChunkSize = 512 * 1024;

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');

// ---- closing on garbage collection ----

let warnedGcClose = false;
const unclosed = new FinalizationRegistry((fd) => {
  try {
    binding.close(fd);
  } catch {
    // Already gone: nothing to give back.
  }
  process.emitWarning(`Closing file descriptor ${fd} on garbage collection`);
  if (!warnedGcClose) {
    warnedGcClose = true;
    process.emitWarning('Closing a FileHandle object on garbage collection is deprecated. ' +
                        'Please close FileHandle objects explicitly using ' +
                        'FileHandle.prototype.close(). In the future, an error will be ' +
                        'thrown if a file descriptor is closed during garbage collection.',
                        'DeprecationWarning', 'DEP0137');
  }
});

// ---- FileHandle ----

// An EventEmitter by its methods, not its prototype chain (Node's
// EventEmitterMixin): `handle instanceof EventEmitter` is false, as in Node.
class FileHandle {
  constructor(fd) {
    EventEmitter.call(this);
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    unclosed.register(this, fd, this);
  }

  get fd() {
    return this[kFd];
  }

  // Resolves once the descriptor is closed; calls made meanwhile wait.
  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    const fd = this[kFd];
    this[kRefs]--;
    unclosed.unregister(this);
    if (this[kRefs] === 0) {
      this[kFd] = -1;
      this[kClosePromise] = binding.close(fd, kUsePromises).finally(() => {
        this[kClosePromise] = undefined;
      });
    } else {
      // Operations in flight: close when the last one ends.
      this[kClosePromise] = new Promise((resolve, reject) => {
        this.once('unref-done', () => {
          this[kFd] = -1;
          binding.close(fd, kUsePromises).then(resolve, reject);
        });
      }).finally(() => { this[kClosePromise] = undefined; });
    }
    this.emit('close');
    return this[kClosePromise];
  }

  appendFile(data, options) { return fsCall(writeFile, this, data, appendOptions(options)); }
  chmod(mode) { return fsCall(fchmod, this, mode); }
  chown(uid, gid) { return fsCall(fchown, this, uid, gid); }
  datasync() { return fsCall(fdatasync, this); }
  sync() { return fsCall(fsync, this); }
  read(buffer, offset, length, position) {
    return fsCall(read, this, buffer, offset, length, position);
  }
  readFile(options) { return fsCall(readFile, this, options); }
  stat(options) { return fsCall(fstat, this, options); }
  truncate(len = 0) { return fsCall(ftruncate, this, len); }
  utimes(atime, mtime) { return fsCall(futimes, this, atime, mtime); }
  write(buffer, offset, length, position) {
    return fsCall(write, this, buffer, offset, length, position);
  }
  writev(buffers, position) { return fsCall(writev, this, buffers, position); }
  writeFile(data, options) { return fsCall(writeFile, this, data, options); }

  // A stream over this handle: it reads and writes with the handle's
  // methods, and closes when the handle closes (internal/fs/streams.js).
  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }
  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }
}
for (const name of Reflect.ownKeys(EventEmitter.prototype)) {
  if (name !== 'constructor') {
    Object.defineProperty(FileHandle.prototype, name,
                          Object.getOwnPropertyDescriptor(EventEmitter.prototype, name));
  }
}
if (typeof Symbol.asyncDispose === 'symbol') {
  FileHandle.prototype[Symbol.asyncDispose] = function() { return this.close(); };
}

// A FileHandle method: `fn` on the handle's descriptor, which stays open
// until `fn` has finished even if close() is called meanwhile.
async function fsCall(fn, handle, ...args) {
  if (handle[kFd] === -1) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = fn.name;
    throw err;
  }
  handle[kRefs]++;
  try {
    return await fn(handle, ...args);
  } finally {
    if (--handle[kRefs] === 0 && handle[kClosePromise]) handle.emit('unref-done');
  }
}

function fdOf(handle) {
  return handle instanceof FileHandle ? handle.fd : handle;
}

// ---- on descriptors ----

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await binding.open(path, flagsNumber, mode, kUsePromises));
}

async function read(handle, bufferOrParams, offset, length, position) {
  let buffer = bufferOrParams;
  if (!ArrayBuffer.isView(buffer)) {
    if (bufferOrParams != null) validateObject(bufferOrParams, 'options');
    ({ buffer = Buffer.alloc(16384), offset = 0, length = buffer.byteLength - offset,
       position = null } = bufferOrParams ?? {});
    validateBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  if (length === 0) return { __proto__: null, bytesRead: length, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);
  if (position < 0) position = -1;  // a negative BigInt: where the file stands
  const bytesRead =
    (await binding.read(fdOf(handle), buffer, offset, length, position, kUsePromises)) || 0;
  return { __proto__: null, bytesRead, buffer };
}

async function write(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
  let offset = offsetOrOptions;
  if (ArrayBuffer.isView(buffer)) {
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } =
        offsetOrOptions ?? {});
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten = (await binding.writeBuffer(fdOf(handle), buffer, offset, length,
                                                    position, kUsePromises)) || 0;
    return { __proto__: null, bytesWritten, buffer };
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const bytesWritten =
    (await binding.writeString(fdOf(handle), buffer, offset, length, kUsePromises)) || 0;
  return { __proto__: null, bytesWritten, buffer };
}

async function writev(handle, buffers, position) {
  if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b))) {
    throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
  if (typeof position !== 'number') position = null;
  if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
  const bytesWritten =
    (await binding.writeBuffers(fdOf(handle), buffers, position, kUsePromises)) || 0;
  return { __proto__: null, bytesWritten, buffers };
}

async function fstat(handle, options = { bigint: false }) {
  return getStatsFromBinding(await binding.fstat(fdOf(handle), options.bigint, kUsePromises));
}

async function ftruncate(handle, len = 0) {
  validateInteger(len, 'len');
  return binding.ftruncate(fdOf(handle), Math.max(0, len), kUsePromises);
}

async function fsync(handle) { return binding.fsync(fdOf(handle), kUsePromises); }
async function fdatasync(handle) { return binding.fdatasync(fdOf(handle), kUsePromises); }
async function fchmod(handle, mode) {
  return binding.fchmod(fdOf(handle), parseFileMode(mode, 'mode'), kUsePromises);
}
async function fchown(handle, uid, gid) {
  validateInteger(uid, 'uid', -1, 4294967295);
  validateInteger(gid, 'gid', -1, 4294967295);
  return binding.fchown(fdOf(handle), uid, gid, kUsePromises);
}
async function futimes(handle, atime, mtime) {
  const { _toUnixTimestamp: toUnixTimestamp } = require('fs');
  return binding.futimes(fdOf(handle), toUnixTimestamp(atime, 'atime'),
                         toUnixTimestamp(mtime, 'mtime'), kUsePromises);
}

// ---- whole files ----

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

// The file behind `fd`: its size from fstat, then reads until that many
// bytes (or, for a size of 0, until end of file).
async function readFd(fd, options) {
  const { signal } = options;
  checkAborted(signal);
  const stats = await binding.fstat(fd, false, kUsePromises);
  checkAborted(signal);
  const size = (stats[1] & S_IFMT) === S_IFREG ? stats[8] : 0;
  if (size > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(size);
  let buffer;
  if (size === 0) {
    const chunks = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(kReadFileUnknownBufferLength);
      const bytesRead = await binding.read(fd, chunk, 0, chunk.length, -1, kUsePromises);
      checkAborted(signal);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    buffer = Buffer.concat(chunks, total);
  } else {
    buffer = Buffer.allocUnsafe(size);
    let total = 0;
    while (total < size) {
      const length = Math.min(size - total, kReadFileMaxChunkSize);
      const bytesRead = await binding.read(fd, buffer, total, length, -1, kUsePromises);
      checkAborted(signal);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    if (total < size) buffer = buffer.subarray(0, total);
  }
  return options.encoding ? buffer.toString(options.encoding) : buffer;
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flag = options.flag || 'r';
  if (path instanceof FileHandle) return readFd(path.fd, options);
  checkAborted(options.signal);
  // A path: opened as a bare descriptor, not a FileHandle, since nothing
  // else sees it; closed whatever happens.
  path = getValidatedPath(path);
  const fd = await binding.open(path, stringToFlags(flag), 0o666, kUsePromises);
  let result;
  try {
    result = await readFd(fd, options);
  } catch (err) {
    await binding.close(fd, kUsePromises).catch(() => {});
    throw err;
  }
  await binding.close(fd, kUsePromises);
  return result;
}

function isCustomIterable(data) {
  return data != null && typeof data !== 'string' &&
    (typeof data[Symbol.iterator] === 'function' ||
     typeof data[Symbol.asyncIterator] === 'function');
}

async function writeAll(fd, data, signal, position) {
  let offset = 0;
  while (offset < data.byteLength) {
    checkAborted(signal);
    const length = Math.min(data.byteLength - offset, kWriteFileMaxChunkSize);
    const written = await binding.writeBuffer(fd, data, offset, length, position, kUsePromises);
    offset += written;
    if (position !== null) position += written;
  }
  return position;
}

// data: a string, bytes, or an (async) iterable of either.
async function writeFd(fd, data, signal, encoding, position) {
  if (!isCustomIterable(data) || ArrayBuffer.isView(data)) {
    checkAborted(signal);
    await writeAll(fd, data, signal, position);
    return;
  }
  for await (const chunk of data) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding || 'utf8') : chunk;
    if (!ArrayBuffer.isView(bytes)) {
      throw new ERR_INVALID_ARG_TYPE('write', ['string', 'Buffer', 'TypedArray', 'DataView'],
                                     chunk);
    }
    position = await writeAll(fd, bytes, signal, position);
  }
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (!ArrayBuffer.isView(data) && !isCustomIterable(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    data = Buffer.from(data, options.encoding || 'utf8');
  }
  validateAbortSignal(options.signal, 'options.signal');
  if (path instanceof FileHandle) {
    return writeFd(path.fd, data, options.signal, options.encoding, null);
  }
  checkAborted(options.signal);
  const handle = await open(path, flag, options.mode);
  try {
    await writeFd(handle.fd, data, options.signal, options.encoding, 0);
    if (flush) await binding.fsync(handle.fd, kUsePromises);
  } finally {
    await handle.close();
  }
}

function appendOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  options.flag ||= 'a';
  return options;
}

async function appendFile(path, data, options) {
  options = appendOptions(options);
  if (path instanceof FileHandle) options.flag = 'a';
  return writeFile(path, data, options);
}

// ---- on paths ----

async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  return binding.access(path, getValidMode(mode), kUsePromises);
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  return binding.copyFile(src, dest, getValidMode(mode), kUsePromises);
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return binding.rename(oldPath, newPath, kUsePromises);
}

async function truncate(path, len = 0) {
  const handle = await open(path, 'r+');
  try {
    await ftruncate(handle, len);
  } finally {
    await handle.close();
  }
}

function promisified(callbackForm, ...args) {
  return new Promise((resolve, reject) => {
    callbackForm(...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

async function rm(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  let stats;
  try {
    stats = await binding.lstat(path, false, kUsePromises);
  } catch (err) {
    if (options.force && err.code === 'ENOENT') return;
    throw err;
  }
  if ((stats[1] & S_IFMT) === S_IFDIR && !options.recursive) throw isDirectoryError(path);
  return promisified(require('internal/fs/rimraf').rimraf, path, options);
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) return promisified(require('fs').rmdir, path, options);
  validateRmdirOptions(options);
  return binding.rmdir(path, kUsePromises);
}

async function mkdir(path, options) {
  if (typeof options === 'number' || typeof options === 'string') options = { mode: options };
  const { recursive = false, mode = 0o777 } = options || {};
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  return binding.mkdir(path, parseFileMode(mode, 'mode', 0o777), recursive, kUsePromises);
}

async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return promisified(require('fs').readdir, path, options);
  const withFileTypes = Boolean(options.withFileTypes);
  const result = await binding.readdir(path, options.encoding, withFileTypes, kUsePromises);
  return withFileTypes ? getDirents(path, result, require('fs').lstatSync) : result;
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return binding.readlink(path, options.encoding, kUsePromises);
}

async function symlink(target, path, type) {
  if (type != null && type !== 'dir' && type !== 'file' && type !== 'junction') {
    throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
  }
  const flags = type === 'dir' ? constants.UV_FS_SYMLINK_DIR :
    (type === 'junction' ? constants.UV_FS_SYMLINK_JUNCTION : 0);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  return binding.symlink(target, path, flags, kUsePromises);
}

async function stat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await binding.stat(path, options.bigint, kUsePromises));
}

async function lstat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await binding.lstat(path, options.bigint, kUsePromises));
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return binding.link(existingPath, newPath, kUsePromises);
}

async function unlink(path) {
  return binding.unlink(getValidatedPath(path), kUsePromises);
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  return binding.chmod(path, parseFileMode(mode, 'mode'), kUsePromises);
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, 4294967295);
  validateInteger(gid, 'gid', -1, 4294967295);
  return binding.chown(path, uid, gid, kUsePromises);
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, 4294967295);
  validateInteger(gid, 'gid', -1, 4294967295);
  return binding.lchown(path, uid, gid, kUsePromises);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  const { _toUnixTimestamp: toUnixTimestamp } = require('fs');
  return binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime),
                        kUsePromises);
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  const { _toUnixTimestamp: toUnixTimestamp } = require('fs');
  return binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime),
                         kUsePromises);
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return binding.realpath(path, options.encoding, kUsePromises);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return binding.mkdtemp(prefix, options.encoding, kUsePromises);
}

async function opendir(path, options) {
  return promisified(require('internal/fs/dir').opendir, path, options);
}

module.exports = {
  exports: {
    access, copyFile, open, opendir, rename, truncate, rm, rmdir, mkdir, readdir, readlink,
    symlink, lstat, stat, link, unlink, chmod, lchown, chown, utimes, lutimes, realpath,
    mkdtemp, writeFile, appendFile, readFile,
    get constants() { return constants; },
  },
  FileHandle,
};
