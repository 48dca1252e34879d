/// \file
/// The `fs` binding: Node's raw file system binding (src/node_file.cc), one
/// native per system call, shared by the files of this folder.
///
/// Node's lib/fs.js validates arguments, parses options and builds Stats
/// and Dirents; underneath, its binding does one uv_fs_* call per native and
/// hands back raw results. Every native takes the same last argument, which
/// says how the caller wants the answer (fs_requests.h):
///
///     open(path, flags, mode)                  synchronous: the fd, or a thrown uv error
///     open(path, flags, mode, req)             req = new FSReqCallback():
///                                              later req.oncomplete(err, fd)
///     open(path, flags, mode, kUsePromises)    a promise of the fd
///
/// Results are raw: a number, a path in the asked encoding (or a Buffer),
/// readdir's names (and, withFileTypes, a second array of uv_dirent types),
/// and stats as 18 numbers written into one shared typed array (fs_stats.cc).
///
/// The files, by purpose:
///
///     fs_binding.h, fs_binding.cc     the binding's state and its export table
///     fs_requests.h, fs_requests.cc   FSReqCallback, promise requests, Dispatch:
///                                     one uv_fs_t, synchronous or in flight
///     fs_arguments.cc                 reading paths, fds, positions, encodings
///     fs_results.cc                   a finished uv_fs_t as a JS value
///     fs_stats.cc                     statValues, and how a uv_stat_t fills it
///     fs_descriptor_calls.cc          open, close, read, write*, fstat, fsync...
///     fs_path_calls.cc                stat, readdir, mkdir, rename, realpath...
///     fs_mkdirp.cc                    mkdir -p: several calls as one
#pragma once

#include <uv.h>
#include <v8.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "modules/fs_jobs.h"
#include "realm.h"
#include "support/encoding.h"

namespace bindings {
namespace fs {

/// How many numbers one stat fills (Node's kFsStatsFieldsNumber). Their
/// order is Node's, which lib/internal/fs/utils.js reads by index.
enum StatField {
  kDev,
  kMode,
  kNlink,
  kUid,
  kGid,
  kRdev,
  kBlkSize,
  kIno,
  kSize,
  kBlocks,
  kATimeSec,
  kATimeNsec,
  kMTimeSec,
  kMTimeNsec,
  kCTimeSec,
  kCTimeNsec,
  kBirthTimeSec,
  kBirthTimeNsec,
  kFsStatsFieldsNumber
};

/// The binding's state in one realm.
class FsBindingData : public BindingData {
 public:
  static constexpr const char* kBindingName = "fs";
  explicit FsBindingData(Realm& realm);

  /// FSReqCallback, whose instances carry a second internal field: whether
  /// stats are wanted as BigInts (`new FSReqCallback(true)`).
  v8::Global<v8::FunctionTemplate> callback_class;
  /// The objects behind kUsePromises calls (not exported).
  v8::Global<v8::ObjectTemplate> promise_class;
  /// kUsePromises: the value that asks a native for a promise.
  v8::Global<v8::Symbol> use_promises;

  /// statValues and bigintStatValues: twice kFsStatsFieldsNumber, as Node
  /// has them (its file watchers put the previous stats in the second half).
  /// The synchronous and callback forms of stat fill the first half and hand
  /// back the array itself, so no array is made per call.
  v8::Global<v8::Float64Array> stat_values;
  v8::Global<v8::BigInt64Array> bigint_stat_values;
  double* stat_fields = nullptr;
  int64_t* bigint_stat_fields = nullptr;

 private:
  std::shared_ptr<v8::BackingStore> stat_store_, bigint_stat_store_;
};

// ---- Arguments (fs_arguments.cc). Each throws Node's error and returns
// false when the value will not do (arguments.h). ----

/// A path: a string, or the bytes of a Buffer; no NUL inside.
bool ValidateFsPath(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name,
                    std::string* out);
bool ValidateFileDescriptor(v8::Isolate* isolate, v8::Local<v8::Value> value, uv_file* out);
/// A file position: an integer or BigInt, or null, undefined or -1 for "where
/// the file stands".
bool ValidatePosition(v8::Isolate* isolate, v8::Local<v8::Value> value, int64_t* out);
/// A file mode (0 to 0o7777 and the type bits: any uint32).
bool ValidateMode(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name, int* out);
/// A user or group id; -1 means "leave it unchanged".
bool ValidateId(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name, int64_t* out);
/// A time in seconds since the epoch, fractions allowed (utimes).
bool ValidateTime(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name, double* out);
/// The encoding of a result: undefined or null for utf8, 'buffer' for a
/// Buffer (std::nullopt), or any encoding Buffer knows.
bool ValidateFsEncoding(v8::Isolate* isolate, v8::Local<v8::Value> value,
                        std::optional<pool::Encoding>* out);

/// A name made of bytes from the file system, in `encoding` (a Buffer for
/// std::nullopt). Empty after throwing (a string too long for V8).
v8::MaybeLocal<v8::Value> EncodeName(Realm& realm, const char* data, size_t size,
                                     std::optional<pool::Encoding> encoding);

// ---- Stats (fs_stats.cc) ----

/// Writes `stat` into the first kFsStatsFieldsNumber entries of `fields`.
void FillStatFields(const uv_stat_t& stat, double* fields);
void FillStatFields(const uv_stat_t& stat, int64_t* fields);
/// The stats as the result of a call: the shared array (filled), or, for a
/// promise, whose value outlives the next call, a new one.
v8::Local<v8::Value> StatsValue(Realm& realm, const uv_stat_t& stat, bool bigint, bool fresh);

// ---- mkdir -p (fs_mkdirp.cc) ----

using pool::MakeDirectories;  // stage 03's mkdir -p (modules/fs_jobs.h)

// ---- The natives ----

void Open(const v8::FunctionCallbackInfo<v8::Value>& info);
void Close(const v8::FunctionCallbackInfo<v8::Value>& info);
void Read(const v8::FunctionCallbackInfo<v8::Value>& info);
void WriteBuffer(const v8::FunctionCallbackInfo<v8::Value>& info);
void WriteBuffers(const v8::FunctionCallbackInfo<v8::Value>& info);
void WriteString(const v8::FunctionCallbackInfo<v8::Value>& info);
void FStat(const v8::FunctionCallbackInfo<v8::Value>& info);
void FTruncate(const v8::FunctionCallbackInfo<v8::Value>& info);
void FSync(const v8::FunctionCallbackInfo<v8::Value>& info);
void FDataSync(const v8::FunctionCallbackInfo<v8::Value>& info);
void FUTimes(const v8::FunctionCallbackInfo<v8::Value>& info);
void FChmod(const v8::FunctionCallbackInfo<v8::Value>& info);
void FChown(const v8::FunctionCallbackInfo<v8::Value>& info);

void Stat(const v8::FunctionCallbackInfo<v8::Value>& info);
void LStat(const v8::FunctionCallbackInfo<v8::Value>& info);
void ReadDir(const v8::FunctionCallbackInfo<v8::Value>& info);
void MkDir(const v8::FunctionCallbackInfo<v8::Value>& info);
void RmDir(const v8::FunctionCallbackInfo<v8::Value>& info);
void Unlink(const v8::FunctionCallbackInfo<v8::Value>& info);
void Rename(const v8::FunctionCallbackInfo<v8::Value>& info);
void Access(const v8::FunctionCallbackInfo<v8::Value>& info);
void ExistsSync(const v8::FunctionCallbackInfo<v8::Value>& info);
void RealPath(const v8::FunctionCallbackInfo<v8::Value>& info);
void ReadLink(const v8::FunctionCallbackInfo<v8::Value>& info);
void Symlink(const v8::FunctionCallbackInfo<v8::Value>& info);
void Link(const v8::FunctionCallbackInfo<v8::Value>& info);
void CopyFile(const v8::FunctionCallbackInfo<v8::Value>& info);
void UTimes(const v8::FunctionCallbackInfo<v8::Value>& info);
void LUTimes(const v8::FunctionCallbackInfo<v8::Value>& info);
void Chmod(const v8::FunctionCallbackInfo<v8::Value>& info);
void Chown(const v8::FunctionCallbackInfo<v8::Value>& info);
void LChown(const v8::FunctionCallbackInfo<v8::Value>& info);
void MkdTemp(const v8::FunctionCallbackInfo<v8::Value>& info);

}  // namespace fs
}  // namespace bindings
