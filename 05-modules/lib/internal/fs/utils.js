// What every fs function does before and after its one call into the
// binding: check and normalise the arguments (a flags string made a number,
// a mode string read as octal, a file: URL made a path) and shape the raw
// results (18 numbers made a Stats, a name and a uv_dirent type made a
// Dirent). (Node: lib/internal/fs/utils.js.)
//
// The binding (04-bindings/fs/) checks its arguments too, since scripts can
// reach it; these checks come first so that the error names the argument as
// the public function calls it ('options.mode', 'cb', 'newPath').
'use strict';

const { Buffer } = internalBinding('buffer');
const { ERR_FS_EISDIR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } =
  require('internal/errors').codes;
const { validateAbortSignal, validateFunction, validateObject } = require('internal/validators');
const { fs: constants } = internalBinding('constants');

const {
  O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO, UV_DIRENT_SOCKET,
  UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
} = constants;

// The largest file readFile reads into one Buffer (Node's kIoMaxLength).
const kIoMaxLength = 2 ** 31 - 1;

// ---- callbacks ----

// The callback argument of a callback-form call, checked before any work.
function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// A request whose completion calls `cb`: the binding queues the call and
// calls req.oncomplete(err, result) from the loop.
function makeReq(cb) {
  const req = new (internalBinding('fs').FSReqCallback)();
  req.oncomplete = cb;
  return req;
}

// ---- numbers ----

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER,
                         max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  validateInteger(value, name, min, max);
}

function validateUint32(value, name, positive = false) {
  validateInteger(value, name, positive ? 1 : 0, 4294967295);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

// A descriptor: an int32 >= 0 (-0 counts as 0).
function getValidatedFd(fd, name = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, name, 0);
  return fd;
}

// Whether a readFile/writeFile "path" is a descriptor: any int32, as in
// Node 20 (a negative one then fails as a bad fd, not as a bad path).
function isFd(value) {
  return (value | 0) === value;
}

// A mode: a uint32 or an octal string ('755').
const modeDescription = 'must be a 32-bit unsigned integer or an octal string';
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) throw new ERR_INVALID_ARG_VALUE(name, value, modeDescription);
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

// access() and copyFile() modes: 0 to 7. Node 20 checks these in C++, with
// messages of their own wording; a fraction is cut to an integer there.
function getValidMode(mode) {
  if (mode == null) return 0;
  const fail = (code, message) => {
    const error = code === 'ERR_OUT_OF_RANGE' ? new ERR_OUT_OF_RANGE('mode', '', mode) :
      new ERR_INVALID_ARG_TYPE('mode', 'number', mode);
    error.message = message;
    return error;
  };
  if (typeof mode !== 'number') {
    throw fail('ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (Number.isNaN(mode)) throw fail('ERR_OUT_OF_RANGE', 'mode is out of range');
  const integer = Math.trunc(mode);
  if (!(integer >= 0 && integer <= 7)) {
    throw fail('ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  }
  return integer;
}

// A file position: null, an integer >= -1, or a BigInt.
function validatePosition(position, name, length) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    // Any int64; a negative one reads where the file stands, as -1 does.
    if (!(position >= -(2n ** 63n) && position <= 2n ** 63n - 1n)) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${-(2n ** 63n)} && <= ${2n ** 63n - 1n}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

// ---- data ----

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function validateStringAfterArrayBufferView(value, name) {
  if (typeof value !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

// hex needs whole bytes.
function validateEncoding(data, encoding) {
  if (typeof encoding === 'string' && encoding.toLowerCase() === 'hex' && data.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding,
                                    `is invalid for data of length ${data.length}`);
  }
}

// ---- paths ----

// A WHATWG URL with protocol file: as a path (Node's fileURLToPath, POSIX).
function toPathIfFileURL(value) {
  if (value == null || typeof value !== 'object' || !value.href || !value.protocol ||
      value.auth !== undefined || value.path !== undefined) {
    return value;
  }
  if (value.protocol !== 'file:') {
    const error = new TypeError('The URL must be of scheme file');
    error.code = 'ERR_INVALID_URL_SCHEME';
    throw error;
  }
  return decodeURIComponent(value.pathname);
}

function getValidatedPath(fileURLOrPath, name = 'path') {
  const path = toPathIfFileURL(fileURLOrPath);
  if (typeof path !== 'string' && !(path instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  }
  if (typeof path === 'string' ? path.includes('\u0000') : path.includes(0)) {
    throw new ERR_INVALID_ARG_VALUE(name, path,
                                    'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

// ---- options ----

function assertEncoding(encoding) {
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// A string is the encoding; an object is copied over the defaults.
function getOptions(options, defaults = {}) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    defaults = { ...defaults };
    defaults.encoding = options;
    options = defaults;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

// 'r', 'w+', 'ax', ... as open(2) flags. Numbers pass through.
const kFlags = {
  __proto__: null,
  'r': O_RDONLY,
  'rs': O_RDONLY | O_SYNC,
  'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR,
  'rs+': O_RDWR | O_SYNC,
  'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY,
  'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR,
  'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY,
  'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'as': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'sa': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR,
  'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};
function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  const value = typeof flags === 'string' ? kFlags[flags] : undefined;
  if (value === undefined) throw new ERR_INVALID_ARG_VALUE(name, flags);
  return value;
}

// rm and rmdir's options.
const defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };
const defaultRmdirOptions = { retryDelay: 100, maxRetries: 0, recursive: false };

function validateRmdirOptions(options, defaults = defaultRmdirOptions) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

function validateRmOptionsSync(path, options, expectDir) {
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  if (!options.force || expectDir || !options.recursive) {
    const stats = require('fs').lstatSync(path, { throwIfNoEntry: !options.force });
    if (stats?.isDirectory() && !options.recursive) throw isDirectoryError(path);
  }
  return options;
}

// rm() of a folder without { recursive: true }.
function isDirectoryError(path) {
  return new ERR_FS_EISDIR({
    code: 'EISDIR', message: 'is a directory', path: String(path), syscall: 'rm',
    errno: require('os').constants.errno.EISDIR,
  });
}

// ---- results: Stats ----

const kNsPerMsBigInt = 10n ** 6n;
const kNsPerSecBigInt = 10n ** 9n;

// The file type tests, shared by Stats and BigIntStats.
function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}
StatsBase.prototype.isDirectory = function isDirectory() {
  return this._checkModeProperty(S_IFDIR);
};
StatsBase.prototype.isFile = function isFile() { return this._checkModeProperty(S_IFREG); };
StatsBase.prototype.isBlockDevice = function isBlockDevice() {
  return this._checkModeProperty(S_IFBLK);
};
StatsBase.prototype.isCharacterDevice = function isCharacterDevice() {
  return this._checkModeProperty(S_IFCHR);
};
StatsBase.prototype.isSymbolicLink = function isSymbolicLink() {
  return this._checkModeProperty(S_IFLNK);
};
StatsBase.prototype.isFIFO = function isFIFO() { return this._checkModeProperty(S_IFIFO); };
StatsBase.prototype.isSocket = function isSocket() { return this._checkModeProperty(S_IFSOCK); };

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  // Node 20 makes the Dates when the Stats is made: plain data properties.
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
// The type is the S_IFMT bits of the mode: numbers here, BigInts below.
Stats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & S_IFMT) === property;
};
// Node's Stats.prototype has its own isFile (a fast path); so does this one.
Stats.prototype.isFile = function isFile() { return this._checkModeProperty(S_IFREG); };

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
                     atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / kNsPerMsBigInt;
  this.mtimeMs = mtimeNs / kNsPerMsBigInt;
  this.ctimeMs = ctimeNs / kNsPerMsBigInt;
  this.birthtimeMs = birthtimeNs / kNsPerMsBigInt;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
BigIntStats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

// The 18 numbers of the binding (04-bindings/fs/fs_stats.cc) as a Stats;
// `offset` picks the second half of the shared array (a watcher's previous
// stats).
function getStatsFromBinding(stats, offset = 0) {
  const s = (i) => stats[offset + i];
  if (typeof stats[0] === 'bigint') {
    const ns = (i) => s(i) * kNsPerSecBigInt + s(i + 1);
    return new BigIntStats(s(0), s(1), s(2), s(3), s(4), s(5), s(6), s(7), s(8), s(9),
                           ns(10), ns(12), ns(14), ns(16));
  }
  const ms = (i) => s(i) * 1e3 + s(i + 1) / 1e6;
  return new Stats(s(0), s(1), s(2), s(3), s(4), s(5), s(6), s(7), s(8), s(9),
                   ms(10), ms(12), ms(14), ms(16));
}

// ---- results: Dirent ----

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

// A Dirent made from a stat, for a file system whose readdir does not say
// the type (UV_DIRENT_UNKNOWN).
class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kType] = stats;
  }
}
for (const name of ['isDirectory', 'isFile', 'isBlockDevice', 'isCharacterDevice',
                    'isSymbolicLink', 'isFIFO', 'isSocket']) {
  DirentFromStats.prototype[name] = function() { return this[kType][name](); };
}

// readdir's [names, types] as Dirents; unknown types are found by lstat.
function getDirents(path, [names, types], lstatSync) {
  const dirents = [];
  for (let i = 0; i < names.length; i++) {
    const type = types[i];
    if (type === constants.UV_DIRENT_UNKNOWN) {
      const full = require('path').join(String(path), String(names[i]));
      dirents.push(new DirentFromStats(names[i], lstatSync(full), String(path)));
    } else {
      dirents.push(new Dirent(names[i], type, String(path)));
    }
  }
  return dirents;
}

module.exports = {
  BigIntStats, Dirent, Stats, StatsBase, constants, copyObject: (o) => ({ ...o }),
  defaultRmOptions, getDirents, getOptions, getStatsFromBinding, getValidatedFd,
  getValidatedPath, getValidMode, isDirectoryError, isFd, kIoMaxLength, makeReq, maybeCallback,
  parseFileMode, stringToFlags, toPathIfFileURL, validateBoolean, validateBuffer,
  validateEncoding, validateInt32, validateInteger, validateOffsetLengthRead,
  validateOffsetLengthWrite, validatePosition, validateRmdirOptions, validateRmOptionsSync,
  validateStringAfterArrayBufferView, validateUint32, assertEncoding,
};
