/// \file
/// require('zlib'): gzip and deflate, compressed on the pool. (Node:
/// lib/zlib.js, src/node_zlib.cc.)
///
/// Compressing a megabyte takes milliseconds of pure CPU: work for the pool,
/// like PBKDF2. Each convenience function compresses (or decompresses) a
/// whole buffer in one Job, with the zlib library:
///
///     zlib.gzip(data[, options], (err, compressed) => ...)     on the pool
///     zlib.gunzipSync(compressed)                                here
///
/// for gzip/gunzip, deflate/inflate (the zlib format), deflateRaw/inflateRaw
/// (no header) and unzip (gzip or zlib, whichever it is). Data is a string
/// (UTF-8), a TypedArray, a DataView or an ArrayBuffer; the result is a
/// Uint8Array. Options: `level` (-1 to 9).
///
/// The streaming classes (zlib.createGzip()) need streams, which arrive with
/// the JavaScript library in stage 05. Node links its own copy of zlib; this
/// stage links the system's, so compressed bytes may differ between the two
/// while both decompress each other's output.
///
/// A corrupt input fails as in Node: "incorrect header check" with code
/// Z_DATA_ERROR (errno -3), or "unexpected end of file" (Z_BUF_ERROR, -5)
/// for a truncated one.
#pragma once

#include "modules.h"

namespace pool {

class ZlibModule : public BuiltinModule {
 public:
  static constexpr const char* kName = "zlib";
  explicit ZlibModule(ThreadPool& pool) : BuiltinModule(kName, pool) {}

  v8::Local<v8::Object> CreateExports(v8::Local<v8::Context> context) override;
};

}  // namespace pool
