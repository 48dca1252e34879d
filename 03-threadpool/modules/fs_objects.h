/// \file
/// The objects fs hands back besides bytes: Stats (fs.stat) and Dirent
/// (fs.readdir with `withFileTypes`). (Node: lib/internal/fs/utils.js.)
///
/// A stat() system call fills a `struct stat`; libuv copies it into a
/// portable uv_stat_t; the job carries that struct back to the loop thread,
/// where it becomes a Stats object with Node's fields in Node's order:
///
///     Stats {
///       dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
///       atimeMs, mtimeMs, ctimeMs, birthtimeMs,     milliseconds, fractional
///       atime, mtime, ctime, birthtime              Dates, rounded to the ms
///     }
///
/// with isFile(), isDirectory(), isSymbolicLink(), ... on its prototype:
/// each compares the file-type bits of `mode` (S_IFMT) with one type. With
/// `{ bigint: true }` the numbers are BigInts and four more fields give the
/// times in nanoseconds (BigIntStats).
///
/// A Dirent is a directory entry: `name`, `parentPath`, `path` and the entry's
/// type, which scandir() reports along with the name (no stat() needed); Node
/// keeps the type under a symbol, so it prints as `[Symbol(type)]: 1`.
#pragma once

#include <uv.h>
#include <v8.h>

#include <string>

namespace pool {

class FsObjects {
 public:
  /// Defines fs.Stats and fs.Dirent on `fs`.
  void Install(v8::Local<v8::Context> context, v8::Local<v8::Object> fs);

  v8::Local<v8::Object> NewStats(v8::Local<v8::Context> context, const uv_stat_t& stat,
                                 bool bigint);
  /// `type` is a uv_dirent_type_t; `name` a string (or bytes, for the
  /// 'buffer' encoding).
  v8::Local<v8::Object> NewDirent(v8::Local<v8::Context> context, v8::Local<v8::Value> name,
                                  int type, const std::string& parent);

 private:
  v8::Global<v8::Function> stats_class_;
  v8::Global<v8::Function> bigint_stats_class_;
  v8::Global<v8::Function> dirent_class_;
  v8::Global<v8::Symbol> dirent_type_;  ///< Node's kType: Symbol('type')
};

}  // namespace pool
