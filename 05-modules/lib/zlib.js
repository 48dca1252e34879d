// `zlib`: compression, one-shot and as streams. (Node: lib/zlib.js.)
//
// One-shot: gzip(buffer, callback), gzipSync(buffer) and the rest come from
// stage 03's C++ module (03-threadpool/modules/zlib_module.cc), as a
// binding: the whole input compressed in one go, on the thread pool.
//
// Streams: Gzip, Gunzip, Deflate, Inflate, DeflateRaw, InflateRaw and Unzip
// are Transform streams over one zlib z_stream each (the zlib_stream
// binding, 05-modules/zlib/zlib_stream.cc). Every written chunk is fed to
// zlib with a fresh output buffer of `chunkSize` bytes, again and again
// while zlib fills the whole buffer (it has more to give); each filled part
// is pushed as it comes. end() feeds an empty chunk with Z_FINISH, which
// writes the end of the stream (for gzip, its trailer). flush() pushes out
// what zlib still holds without ending. The zlib work runs on the loop
// thread, a chunk at a time (Node runs it on the thread pool).
//
// A zlib error (a corrupt input) destroys the stream with Node's error:
// zlib's message, `errno` (zlib's negative code) and `code` ('Z_DATA_ERROR').
'use strict';

const { Transform } = require('stream');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');

const oneShot = internalBinding('pool_zlib');
const { ZlibStream } = internalBinding('zlib_stream');

// zlib's own numbers (zlib.h), as Node's zlib.constants has them.
const constants = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4784,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16 * 1024,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
};
Object.freeze(constants);

// Node's names for zlib's return codes, for an error's `code`.
const kCodeNames = {
  [constants.Z_NEED_DICT]: 'Z_NEED_DICT', [constants.Z_ERRNO]: 'Z_ERRNO',
  [constants.Z_STREAM_ERROR]: 'Z_STREAM_ERROR', [constants.Z_DATA_ERROR]: 'Z_DATA_ERROR',
  [constants.Z_MEM_ERROR]: 'Z_MEM_ERROR', [constants.Z_BUF_ERROR]: 'Z_BUF_ERROR',
  [constants.Z_VERSION_ERROR]: 'Z_VERSION_ERROR',
};

function zlibError(handle, ret) {
  const err = new Error(handle.message() || 'zlib error');
  err.errno = ret;
  err.code = kCodeNames[ret];
  return err;
}

// An option that must be a number in a range, or absent.
function numberOption(options, name, min, max, fallback) {
  const value = options[name];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(`options.${name}`, 'number', value);
  if (!Number.isFinite(value) && !(max === Infinity && value === Infinity)) {
    throw new ERR_OUT_OF_RANGE(`options.${name}`, 'a finite number', value);
  }
  if (value < min || value > max) {
    throw new ERR_OUT_OF_RANGE(`options.${name}`, `>= ${min} and <= ${max}`, value);
  }
  return value;
}

const kDeflateModes = new Set([constants.DEFLATE, constants.GZIP, constants.DEFLATERAW]);

class Zlib extends Transform {
  constructor(options, mode) {
    options = options || {};
    const chunkSize = numberOption(options, 'chunkSize', constants.Z_MIN_CHUNK, Infinity,
                                   constants.Z_DEFAULT_CHUNK);
    super({ ...options, writableHighWaterMark: chunkSize, readableHighWaterMark: chunkSize });
    this._chunkSize = chunkSize;
    this._defaultFlushFlag = numberOption(options, 'flush', 0, 5, constants.Z_NO_FLUSH);
    this._finishFlushFlag = numberOption(options, 'finishFlush', 0, 5, constants.Z_FINISH);
    // 0 asks an inflater to use the window size of the stream's header.
    const windowBits = !kDeflateModes.has(mode) && options.windowBits === 0 ? 0 :
      numberOption(options, 'windowBits', constants.Z_MIN_WINDOWBITS, constants.Z_MAX_WINDOWBITS,
                   constants.Z_DEFAULT_WINDOWBITS);
    const level = numberOption(options, 'level', constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL,
                               constants.Z_DEFAULT_COMPRESSION);
    const memLevel = numberOption(options, 'memLevel', constants.Z_MIN_MEMLEVEL,
                                  constants.Z_MAX_MEMLEVEL, constants.Z_DEFAULT_MEMLEVEL);
    const strategy = numberOption(options, 'strategy', constants.Z_DEFAULT_STRATEGY,
                                  constants.Z_FIXED, constants.Z_DEFAULT_STRATEGY);
    const dictionary = options.dictionary;
    if (dictionary !== undefined && !ArrayBuffer.isView(dictionary)) {
      throw new ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView'],
                                     dictionary);
    }
    this._mode = mode;
    this._streamEnded = false;
    this._handle = new ZlibStream(mode);
    this._result = new Uint32Array(2);  // [avail_out, avail_in] after each write
    const ret = this._handle.init(level, windowBits, memLevel, strategy, this._result, dictionary);
    if (ret !== constants.Z_OK) throw zlibError(this._handle, ret);
    this._level = level;
    this._strategy = strategy;
    this.bytesWritten = 0;
    this._closed = false;
    this._flushKinds = new WeakMap();  // flush()'s empty chunks -> their flush kind
  }

  // Feeds `chunk` to zlib with `flushFlag`, pushing every output it gives.
  // Returns an error, or null.
  _feed(chunk, flushFlag) {
    if (this._closed) return null;
    let offset = 0;
    for (;;) {
      const out = Buffer.allocUnsafe(this._chunkSize);
      const ret = this._handle.writeSync(flushFlag, chunk, offset, chunk.length - offset,
                                         out, 0, this._chunkSize);
      if (ret !== constants.Z_OK && ret !== constants.Z_STREAM_END &&
          ret !== constants.Z_BUF_ERROR) {
        return zlibError(this._handle, ret);
      }
      if (ret === constants.Z_STREAM_END) this._streamEnded = true;
      const [availOut, availIn] = this._result;
      const produced = this._chunkSize - availOut;
      const consumed = chunk.length - offset - availIn;
      this.bytesWritten += consumed;
      offset += consumed;
      if (produced > 0) this.push(out.subarray(0, produced));
      // A full output buffer: zlib may have more to give. Room left: it
      // took all it could of this input (bytes after the end of a stream
      // are left, and ignored).
      if (availOut !== 0 || (produced === 0 && consumed === 0)) break;
    }
    // An inflater told to finish a stream that has not ended was given a
    // truncated one.
    if (flushFlag === constants.Z_FINISH && !kDeflateModes.has(this._mode) &&
        !this._streamEnded) {
      const err = new Error('unexpected end of file');
      err.errno = constants.Z_BUF_ERROR;
      err.code = 'Z_BUF_ERROR';
      return err;
    }
    return null;
  }

  _transform(chunk, encoding, callback) {
    if (typeof chunk === 'string') chunk = Buffer.from(chunk, encoding);
    const flushFlag = this._flushKinds.get(chunk) ?? this._defaultFlushFlag;
    callback(this._feed(chunk, flushFlag));
  }

  _flush(callback) {
    const err = this._feed(Buffer.alloc(0), this._finishFlushFlag);
    if (!err) this.close();
    callback(err);
  }

  _destroy(err, callback) {
    this.close();
    callback(err);
  }

  // Pushes out what zlib holds so far (Z_FULL_FLUSH by default), without
  // ending the stream; `callback` runs once that output is pushed.
  flush(kind, callback) {
    if (typeof kind === 'function' || kind === undefined) {
      callback = kind;
      kind = constants.Z_FULL_FLUSH;
    }
    if (this.writableFinished || this._closed) {
      if (callback) process.nextTick(callback);
      return;
    }
    // After what is already written: an empty write that carries the
    // flush kind (_transform looks it up by the chunk's identity).
    const marker = Buffer.alloc(0);
    this._flushKinds.set(marker, kind);
    this.write(marker, callback);
  }

  params(level, strategy, callback) {
    const ret = this._handle.params(level, strategy);
    const err = ret === constants.Z_OK ? null : zlibError(this._handle, ret);
    if (err === null) {
      this._level = level;
      this._strategy = strategy;
    }
    if (callback) process.nextTick(callback, err);
  }

  reset() {
    const ret = this._handle.reset();
    if (ret !== constants.Z_OK) throw zlibError(this._handle, ret);
  }

  close(callback) {
    if (callback) process.nextTick(callback);
    if (this._closed) return;
    this._closed = true;
    this._handle.close();
  }
}

// One class per mode, each a Zlib with its mode number. (Node's can also be
// called without `new`; these are classes and cannot.)
function defineMode(name, mode) {
  return {
    [name]: class extends Zlib {
      constructor(options) {
        super(options, mode);
      }
    },
  }[name];
}

const Deflate = defineMode('Deflate', constants.DEFLATE);
const Inflate = defineMode('Inflate', constants.INFLATE);
const Gzip = defineMode('Gzip', constants.GZIP);
const Gunzip = defineMode('Gunzip', constants.GUNZIP);
const DeflateRaw = defineMode('DeflateRaw', constants.DEFLATERAW);
const InflateRaw = defineMode('InflateRaw', constants.INFLATERAW);
const Unzip = defineMode('Unzip', constants.UNZIP);

module.exports = {
  ...oneShot,
  Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip,
  createDeflate: (options) => new Deflate(options),
  createInflate: (options) => new Inflate(options),
  createGzip: (options) => new Gzip(options),
  createGunzip: (options) => new Gunzip(options),
  createDeflateRaw: (options) => new DeflateRaw(options),
  createInflateRaw: (options) => new InflateRaw(options),
  createUnzip: (options) => new Unzip(options),
  constants,
};
