// `fs`: the file system, in callback and synchronous forms, over the `fs`
// binding of stage 04. (Node: lib/fs.js.)
//
// Every function has the same three steps: check and normalise the
// arguments (internal/fs/utils.js), make one call into the binding, shape
// what comes back. The binding's last argument picks how the call runs
// (04-bindings/fs/fs_requests.h):
//
//     binding.open(path, flags, mode)              here and now; throws
//     binding.open(path, flags, mode, req)         req = new FSReqCallback():
//                                                  on a pool worker, then
//                                                  req.oncomplete(err, fd)
//     binding.open(path, flags, mode, kUsePromises) a promise (fs/promises)
//
// So fs.open(path, cb) is: validate, `req.oncomplete = cb`, one native call.
// The calls made of several system calls (readFile, writeFile, rm with
// recursive, realpath, readdir with recursive) chain them here in
// JavaScript, one request after another, as Node does.
//
// Whole files (readFile, writeFile, appendFile) are in internal/fs/whole_file.js.
// Stage 03's `fs` (03-threadpool/modules/) is the same API in C++; it stays
// that stage's lesson, reachable as internalBinding('pool_fs').
//
// The stream classes (ReadStream, WriteStream) are in internal/fs/streams.js,
// loaded on first use. Not here yet: fs.promises.watch, readv, statfs,
// openAsBlob.
'use strict';

const binding = internalBinding('fs');
const { FSReqCallback } = binding;
const { Buffer } = internalBinding('buffer');
const pathModule = require('path');
const { codes: {
  ERR_FS_INVALID_SYMLINK_TYPE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
} } = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const kCustomPromisifyArgs = require('internal/util/custom_promisify_args');
const {
  Dirent, Stats, constants, defaultRmOptions, getDirents, makeReq, maybeCallback, getOptions, getStatsFromBinding,
  getValidatedFd, getValidatedPath, getValidMode, isDirectoryError, parseFileMode, stringToFlags,
  toPathIfFileURL, validateBoolean, validateBuffer, validateEncoding, validateInteger,
  validateOffsetLengthRead, validateOffsetLengthWrite, validatePosition, validateRmdirOptions,
  validateRmOptionsSync, validateStringAfterArrayBufferView,
} = require('internal/fs/utils');
const { F_OK, R_OK, W_OK, X_OK, S_IFMT } = constants;

function validateNullableObject(value, name) {
  if (value !== null) validateObject(value, name);
}

// ---- access, exists ----

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode);
  binding.access(path, mode, makeReq(maybeCallback(callback)));
}

function accessSync(path, mode) {
  binding.access(getValidatedPath(path), getValidMode(mode));
}

// exists() answers a bare boolean (no error first): the one callback of fs
// shaped so, kept for old code.
function exists(path, callback) {
  maybeCallback(callback);
  function suppressedCallback(err) { callback(!err); }
  try {
    fs.access(path, F_OK, suppressedCallback);
  } catch {
    return callback(false);
  }
}
Object.defineProperty(exists, require('util').promisify.custom, {
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.existsSync(path);
}

// ---- descriptors ----

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = maybeCallback(callback);
  binding.open(path, flagsNumber, mode, makeReq(callback));
}

function openSync(path, flags, mode) {
  return binding.open(getValidatedPath(path), stringToFlags(flags),
                      parseFileMode(mode, 'mode', 0o666));
}

function close(fd, callback = () => {}) {
  fd = getValidatedFd(fd);
  if (callback !== undefined) validateFunction(callback, 'cb');
  binding.close(fd, makeReq(callback));
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

// read(fd, buffer, offset, length, position, cb), read(fd, buffer, options,
// cb), read(fd, options, cb), read(fd, cb): the last ones read into a new
// 16 KiB buffer.
function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      validateNullableObject(offsetOrOptions, 'options');
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!ArrayBuffer.isView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? {});
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? {});
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  if (position < 0) position = -1;  // a negative BigInt: where the file stands
  binding.read(fd, buffer, offset, length, position,
               makeReq((err, bytesRead) => callback(err, bytesRead || 0, buffer)));
}
Object.defineProperty(read, kCustomPromisifyArgs,
                      { value: ['bytesRead', 'buffer'], enumerable: false });

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) {
      validateNullableObject(offsetOrOptions, 'options');
    }
    ({ offset = 0, length = buffer.byteLength - offset, position = null } =
      offsetOrOptions ?? {});
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  if (position < 0) position = -1;  // a negative BigInt: where the file stands
  return binding.read(fd, buffer, offset, length, position);
}

// write(fd, buffer[, offset[, length[, position]]], cb) or
// write(fd, string[, position[, encoding]], cb).
function write(fd, buffer, offsetOrOptions, length, position, callback) {
  function wrapper(err, written) {
    callback(err, written || 0, buffer);
  }
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (ArrayBuffer.isView(buffer)) {
    callback = maybeCallback(callback || position || length || offset);
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } =
        offsetOrOptions ?? {});
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    binding.writeBuffer(fd, buffer, offset, length, position, makeReq(wrapper));
    return;
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  validateEncoding(buffer, length);
  callback = maybeCallback(position);
  binding.writeString(fd, buffer, offset, length, makeReq(wrapper));
}
Object.defineProperty(write, kCustomPromisifyArgs,
                      { value: ['bytesWritten', 'buffer'], enumerable: false });

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (ArrayBuffer.isView(buffer)) {
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } =
        offsetOrOptions ?? {});
    }
    if (position === undefined) position = null;
    if (typeof offset !== 'number') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return binding.writeBuffer(fd, buffer, offset, length, position);
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  if (offset === undefined) offset = null;
  return binding.writeString(fd, buffer, offset, length);
}

function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  for (const buffer of buffers) {
    if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
    }
  }
  return buffers;
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = null;
  binding.writeBuffers(fd, buffers, position,
                       makeReq((err, written) => callback(err, written || 0, buffers)));
}
Object.defineProperty(writev, kCustomPromisifyArgs,
                      { value: ['bytesWritten', 'buffer'], enumerable: false });

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return binding.writeBuffers(fd, buffers, position);
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  fd = getValidatedFd(fd);
  callback = maybeCallback(callback);
  const req = new FSReqCallback(options.bigint);
  req.oncomplete = (err, stats) =>
    (err ? callback(err) : callback(null, getStatsFromBinding(stats)));
  binding.fstat(fd, options.bigint, req);
}

function fstatSync(fd, options = { bigint: false }) {
  return getStatsFromBinding(binding.fstat(getValidatedFd(fd), options.bigint));
}

// The calls on a descriptor that answer nothing.
function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  binding.ftruncate(fd, len, makeReq(maybeCallback(callback)));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  binding.ftruncate(fd, Math.max(0, len));
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  binding.fsync(fd, makeReq(maybeCallback(callback)));
}
function fsyncSync(fd) { binding.fsync(getValidatedFd(fd)); }
function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  binding.fdatasync(fd, makeReq(maybeCallback(callback)));
}
function fdatasyncSync(fd) { binding.fdatasync(getValidatedFd(fd)); }

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  binding.fchmod(fd, mode, makeReq(maybeCallback(callback)));
}
function fchmodSync(fd, mode) {
  binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'));
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, 4294967295);
  validateInteger(gid, 'gid', -1, 4294967295);
}
function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid, gid, makeReq(maybeCallback(callback)));
}
function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid, gid);
}

// A time in seconds: a number, a numeric string or a Date.
function toUnixTimestamp(time, name = 'time') {
  // eslint-disable-next-line eqeqeq
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  binding.futimes(fd, atime, mtime, makeReq(maybeCallback(callback)));
}
function futimesSync(fd, atime, mtime) {
  binding.futimes(getValidatedFd(fd), toUnixTimestamp(atime, 'atime'),
                  toUnixTimestamp(mtime, 'mtime'));
}

// ---- whole files: readFile, writeFile, appendFile (internal/fs/whole_file.js) ----

const {
  appendFile, appendFileSync, readFile, readFileSync, writeFile, writeFileSync,
} = require('internal/fs/whole_file');

// ---- paths: names ----

function rename(oldPath, newPath, callback) {
  callback = maybeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, makeReq(callback));
}
function renameSync(oldPath, newPath) {
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

function unlink(path, callback) {
  callback = maybeCallback(callback);
  binding.unlink(getValidatedPath(path), makeReq(callback));
}
function unlinkSync(path) { binding.unlink(getValidatedPath(path)); }

function link(existingPath, newPath, callback) {
  callback = maybeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, makeReq(callback));
}
function linkSync(existingPath, newPath) {
  binding.link(getValidatedPath(existingPath, 'existingPath'),
               getValidatedPath(newPath, 'newPath'));
}

function symlinkFlags(type) {
  if (type === 'dir') return constants.UV_FS_SYMLINK_DIR;
  if (type === 'junction') return constants.UV_FS_SYMLINK_JUNCTION;
  if (type != null && type !== 'file') throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
  return 0;
}
function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  callback = maybeCallback(callback);
  const flags = symlinkFlags(type);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, flags, makeReq(callback));
}
function symlinkSync(target, path, type) {
  const flags = symlinkFlags(type);
  binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path), flags);
}

function readlink(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options);
  binding.readlink(getValidatedPath(path, 'oldPath'), options.encoding, makeReq(callback));
}
function readlinkSync(path, options) {
  options = getOptions(options);
  return binding.readlink(getValidatedPath(path, 'oldPath'), options.encoding);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  callback = maybeCallback(callback);
  binding.copyFile(src, dest, getValidMode(mode), makeReq(callback));
}
function copyFileSync(src, dest, mode) {
  binding.copyFile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'),
                   getValidMode(mode));
}

// ---- paths: folders ----

function mkdirArguments(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode, recursive };
}

// With { recursive: true }, every missing parent too; the answer is the
// first folder made (undefined when there was nothing to make).
function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { mode, recursive } = mkdirArguments(options);
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  binding.mkdir(path, mode, recursive, makeReq(callback));
}
function mkdirSync(path, options) {
  const { mode, recursive } = mkdirArguments(options);
  const result = binding.mkdir(getValidatedPath(path), mode, recursive);
  return recursive ? result : undefined;
}

function mkdtemp(prefix, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  binding.mkdtemp(prefix, options.encoding, makeReq(callback));
}
function mkdtempSync(prefix, options) {
  options = getOptions(options);
  return binding.mkdtemp(getValidatedPath(prefix, 'prefix'), options.encoding);
}

function readdirOptions(options) {
  options = getOptions(options);
  return options;
}

// readdir with { recursive: true }: breadth first, each folder's entries
// after the folder, names relative to `path` (Node 20's order).
function readdirRecursiveSync(basePath, options) {
  const withFileTypes = Boolean(options.withFileTypes);
  const results = [];
  const queue = [basePath];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    const read = binding.readdir(dir, options.encoding, withFileTypes);
    if (withFileTypes) {
      for (const dirent of getDirents(dir, read, lstatSync)) {
        results.push(dirent);
        if (dirent.isDirectory()) queue.push(pathModule.join(dirent.parentPath, dirent.name));
      }
    } else {
      for (const name of read) {
        const full = pathModule.join(dir, String(name));
        results.push(pathModule.relative(basePath, full));
        if (statKindSync(full) === 1) queue.push(full);
      }
    }
  }
  return results;
}

// 1 for a folder (symbolic links followed), 0 for anything else.
function statKindSync(path) {
  const stats = binding.stat(path, false, undefined, false);
  return stats !== undefined && (stats[1] & S_IFMT) === constants.S_IFDIR ? 1 : 0;
}

function readdirRecursive(basePath, options, callback) {
  const withFileTypes = Boolean(options.withFileTypes);
  const results = [];
  const queue = [basePath];
  let index = 0;
  const next = () => {
    if (index === queue.length) return callback(null, results);
    const dir = queue[index++];
    binding.readdir(dir, options.encoding, withFileTypes, makeReq((err, read) => {
      if (err) return callback(err);
      if (withFileTypes) {
        for (const dirent of getDirents(dir, read, lstatSync)) {
          results.push(dirent);
          if (dirent.isDirectory()) queue.push(pathModule.join(dirent.parentPath, dirent.name));
        }
        return next();
      }
      // Which of the names are folders: one stat each, in parallel.
      const names = read.map((name) => pathModule.join(dir, String(name)));
      for (const full of names) results.push(pathModule.relative(basePath, full));
      let pending = names.length;
      const kinds = new Array(names.length).fill(0);
      if (pending === 0) return next();
      names.forEach((full, i) => {
        binding.stat(full, false, makeReq((statErr, stats) => {
          if (!statErr && (stats[1] & S_IFMT) === constants.S_IFDIR) kinds[i] = 1;
          if (--pending === 0) {
            names.forEach((name, j) => { if (kinds[j] === 1) queue.push(name); });
            next();
          }
        }));
      });
    }));
  };
  next();
}

function readdir(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = readdirOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    readdirRecursive(path, options, callback);
    return;
  }
  const withFileTypes = Boolean(options.withFileTypes);
  binding.readdir(path, options.encoding, withFileTypes, makeReq((err, result) => {
    if (err) return callback(err);
    if (!withFileTypes) return callback(null, result);
    let dirents;
    try {
      dirents = getDirents(path, result, lstatSync);
    } catch (error) {
      return callback(error);
    }
    callback(null, dirents);
  }));
}

function readdirSync(path, options) {
  options = readdirOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirRecursiveSync(path, options);
  const result = binding.readdir(path, options.encoding, Boolean(options.withFileTypes));
  return options.withFileTypes ? getDirents(path, result, lstatSync) : result;
}

// rmdir with { recursive: true } is rm's walk, deprecated (DEP0147).
let warnedRecursiveRmdir = false;
function warnRecursiveRmdir() {
  if (warnedRecursiveRmdir) return;
  warnedRecursiveRmdir = true;
  process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
                      'will be removed. Use fs.rm(path, { recursive: true }) instead',
                      'DeprecationWarning', 'DEP0147');
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    warnRecursiveRmdir();
    options = validateRmdirOptions(options);
    // As rm(): lstat first; a file fails as rmdir would.
    binding.lstat(path, false, makeReq((err, stats) => {
      if (err) return callback(err);
      if ((stats[1] & S_IFMT) !== constants.S_IFDIR) {
        return binding.rmdir(path, makeReq(callback));
      }
      require('internal/fs/rimraf').rimraf(path, options, callback);
    }));
    return;
  }
  validateRmdirOptions(options);
  binding.rmdir(path, makeReq(callback));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    warnRecursiveRmdir();
    options = validateRmdirOptions(options);
    const stats = binding.lstat(path, false);
    if ((stats[1] & S_IFMT) === constants.S_IFDIR) {
      return require('internal/fs/rimraf').rimrafSync(path, options);
    }
  } else {
    validateRmdirOptions(options);
  }
  binding.rmdir(path);
}

// rm: a file, or with { recursive: true } a whole tree; { force: true }
// makes a missing path no error.
function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  callback = maybeCallback(callback);
  binding.lstat(path, false, makeReq((err, stats) => {
    if (err) return callback(options.force && err.code === 'ENOENT' ? null : err);
    if ((stats[1] & S_IFMT) === constants.S_IFDIR && !options.recursive) {
      return callback(isDirectoryError(path));
    }
    require('internal/fs/rimraf').rimraf(path, options, callback);
  }));
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptionsSync(path, options, false);
  require('internal/fs/rimraf').rimrafSync(path, options);
}

function opendir(path, options, callback) {
  return require('internal/fs/dir').opendir(path, options, callback);
}
function opendirSync(path, options) {
  return require('internal/fs/dir').opendirSync(path, options);
}

// ---- paths: stats and attributes ----

function statArguments(options, callback) {
  if (typeof options === 'function') return [{}, options];
  return [options ?? { bigint: false }, callback];
}

function makeStatsCallback(callback, bigint) {
  const req = new FSReqCallback(bigint);
  req.oncomplete = (err, stats) =>
    (err ? callback(err) : callback(null, getStatsFromBinding(stats)));
  return req;
}

function stat(path, options, callback) {
  [options, callback] = statArguments(options, callback);
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  binding.stat(path, options.bigint, makeStatsCallback(callback, options.bigint));
}

function lstat(path, options, callback) {
  [options, callback] = statArguments(options, callback);
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  binding.lstat(path, options.bigint, makeStatsCallback(callback, options.bigint));
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  const stats = binding.stat(getValidatedPath(path), options.bigint, undefined,
                             options.throwIfNoEntry);
  return stats === undefined ? undefined : getStatsFromBinding(stats);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  const stats = binding.lstat(getValidatedPath(path), options.bigint, undefined,
                              options.throwIfNoEntry);
  return stats === undefined ? undefined : getStatsFromBinding(stats);
}

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  binding.chmod(path, mode, makeReq(maybeCallback(callback)));
}
function chmodSync(path, mode) {
  binding.chmod(getValidatedPath(path), parseFileMode(mode, 'mode'));
}

function chown(path, uid, gid, callback) {
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid, makeReq(callback));
}
function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid);
}
function lchown(path, uid, gid, callback) {
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid, makeReq(callback));
}
function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid);
}

function utimes(path, atime, mtime, callback) {
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime),
                 makeReq(callback));
}
function utimesSync(path, atime, mtime) {
  binding.utimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}
function lutimes(path, atime, mtime, callback) {
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime),
                  makeReq(callback));
}
function lutimesSync(path, atime, mtime) {
  binding.lutimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    fs.ftruncate(path, len, callback);
    return;
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = maybeCallback(callback);
  fs.open(path, 'r+', (err, fd) => {
    if (err) return callback(err);
    binding.ftruncate(fd, len, makeReq((truncateErr) => {
      binding.close(fd, makeReq((closeErr) => callback(truncateErr || closeErr || null)));
    }));
  });
}

function truncateSync(path, len) {
  if (typeof path === 'number') return fs.ftruncateSync(path, len);
  if (len === undefined) len = 0;
  const fd = fs.openSync(path, 'r+');
  try {
    fs.ftruncateSync(fd, len);
  } finally {
    binding.close(fd);
  }
}

// realpath: Node's walk in JavaScript (internal/fs/realpath.js);
// realpath.native: one realpath(3) in the binding.
function realpath(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = toPathIfFileURL(path);
  if (typeof path !== 'string') path = String(getValidatedPath(path));
  getValidatedPath(path);
  require('internal/fs/realpath').realpath(path, options, callback);
}
realpath.native = function native(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options);
  binding.realpath(getValidatedPath(path), options.encoding, makeReq(callback));
};

function realpathSync(path, options) {
  options = getOptions(options);
  path = toPathIfFileURL(path);
  if (typeof path !== 'string') path = String(getValidatedPath(path));
  getValidatedPath(path);
  return require('internal/fs/realpath').realpathSync(path, options);
}
realpathSync.native = function native(path, options) {
  options = getOptions(options);
  return binding.realpath(getValidatedPath(path), options.encoding);
};

// ---- watchers ----

function watch(filename, options, listener) {
  return require('internal/fs/watchers').watch(filename, options, listener);
}
function watchFile(filename, options, listener) {
  return require('internal/fs/watchers').watchFile(filename, options, listener);
}
function unwatchFile(filename, listener) {
  return require('internal/fs/watchers').unwatchFile(filename, listener);
}

const fs = module.exports = {
  appendFile, appendFileSync, access, accessSync, chown, chownSync, chmod, chmodSync, close,
  closeSync, copyFile, copyFileSync, exists, existsSync, fchown, fchownSync, fchmod,
  fchmodSync, fdatasync, fdatasyncSync, fstat, fstatSync, fsync, fsyncSync, ftruncate,
  ftruncateSync, futimes, futimesSync, lchown, lchownSync, link, linkSync, lstat, lstatSync,
  lutimes, lutimesSync, mkdir, mkdirSync, mkdtemp, mkdtempSync, open, openSync, readdir,
  readdirSync, read, readSync, readFile, readFileSync, readlink, readlinkSync, realpath,
  realpathSync, rename, renameSync, rm, rmSync, rmdir, rmdirSync, stat, statSync, symlink,
  symlinkSync, truncate, truncateSync, unwatchFile, unlink, unlinkSync, utimes, utimesSync,
  watch, watchFile, writeFile, writeFileSync, write, writeSync, writev, writevSync,
  Dirent, Stats, opendir, opendirSync,
  F_OK, R_OK, W_OK, X_OK,
  constants,
  _toUnixTimestamp: toUnixTimestamp,
};

// fs.promises is made on first use, and is the very object
// require('fs/promises') answers.
let promises;
Object.defineProperties(fs, {
  constants: { configurable: false, enumerable: true, value: constants },
  promises: {
    configurable: true,
    enumerable: true,
    get() {
      promises ??= require('internal/fs/promises').exports;
      return promises;
    },
  },
});
// ---- streams ----

// The classes are loaded on first use; a script may replace them, and
// createReadStream/createWriteStream then make the replacement's objects.
let streams;
const lazyStreams = () => {
  streams ??= { ...require('internal/fs/streams') };
  return streams;
};
fs.createReadStream = function createReadStream(path, options) {
  return new (lazyStreams().ReadStream)(path, options);
};
fs.createWriteStream = function createWriteStream(path, options) {
  return new (lazyStreams().WriteStream)(path, options);
};
for (const [name, key] of [['ReadStream', 'ReadStream'], ['WriteStream', 'WriteStream'],
                           ['FileReadStream', 'ReadStream'], ['FileWriteStream', 'WriteStream']]) {
  Object.defineProperty(fs, name, {
    get() { return lazyStreams()[key]; },
    set(value) { lazyStreams()[key] = value; },
    enumerable: true, configurable: true,
  });
}

Object.defineProperty(fs, 'Dir', {
  configurable: true, enumerable: true,
  get() { return require('internal/fs/dir').Dir; },
});
