/// \file
/// How each fs function reads its arguments: one JobMaker per function
/// (pool_call.h), shared by its callback, promise and *Sync forms.
///
/// Node checks arguments in JavaScript (lib/fs.js, lib/internal/fs/utils.js)
/// and each function in its own order: `fs.stat(5)` complains about the
/// missing callback before the path, `fs.open(5)` about the path first. The
/// makers keep Node's order, so that a call with two bad arguments reports
/// the same one. They live in two files:
///
///     fs_path_calls.cc        functions that name a file by its path:
///                             readFile, writeFile, appendFile, stat, lstat,
///                             readdir, mkdir, rm, rmdir, unlink, rename,
///                             access, open
///     fs_descriptor_calls.cc  functions on an open descriptor: fstat, close,
///                             read, write, and the FileHandle methods
#pragma once

#include <fcntl.h>

#include <cstddef>
#include <memory>

#include "modules/fs_jobs.h"
#include "pool_call.h"
#include "support/bytes.h"
#include "support/validate.h"

namespace pool {

class FsModule;

constexpr int kDefaultFileMode = 0666;  ///< before the umask, as in Node
constexpr int kDefaultDirectoryMode = 0777;
constexpr int kWriteFlags = O_TRUNC | O_CREAT | O_WRONLY;    ///< 'w'
constexpr int kAppendFlags = O_APPEND | O_CREAT | O_WRONLY;  ///< 'a'
constexpr size_t kDefaultReadBufferSize = 16384;             ///< fs.read without a buffer

// ---- the arguments fs functions share (fs_path_calls.cc) ----

/// The fs module that defined the function being called.
FsModule& Fs(PoolCall& call);
/// A path, a descriptor (an int32, as Node's isFd) or a FileHandle.
bool GetFileTarget(PoolCall& call, v8::Local<v8::Value> value, FileTarget* file);
/// The bytes of a string (in `encoding`) or of a TypedArray/DataView.
bool GetData(PoolCall& call, v8::Local<v8::Value> value, const char* name, Encoding encoding,
             BytesView* out);
/// options.name, read as JavaScript truthiness (Node reads `bigint` and
/// `withFileTypes` that way, without validating them).
bool GetFlag(const Options& options, const char* name, v8::Isolate* isolate, bool* out);
/// options[name] when `options` is a plain object (fs.read's and fs.write's
/// option bags); undefined otherwise.
bool GetMember(v8::Local<v8::Context> context, v8::Local<v8::Value> options, const char* name,
               v8::Local<v8::Value>* out);

// ---- by path (fs_path_calls.cc) ----

std::unique_ptr<Job> MakeReadFile(PoolCall& call);
std::unique_ptr<Job> MakeWriteFile(PoolCall& call);
std::unique_ptr<Job> MakeAppendFile(PoolCall& call);
std::unique_ptr<Job> MakeStat(PoolCall& call);
std::unique_ptr<Job> MakeLstat(PoolCall& call);
std::unique_ptr<Job> MakeReaddir(PoolCall& call);
std::unique_ptr<Job> MakeMkdir(PoolCall& call);
std::unique_ptr<Job> MakeRm(PoolCall& call);
std::unique_ptr<Job> MakeRmdir(PoolCall& call);
std::unique_ptr<Job> MakeUnlink(PoolCall& call);
std::unique_ptr<Job> MakeRename(PoolCall& call);
std::unique_ptr<Job> MakeAccess(PoolCall& call);
std::unique_ptr<Job> MakeOpen(PoolCall& call);

/// readFile's, writeFile's and stat's arguments, for a FileHandle's methods
/// too (which pass the handle's descriptor, and have no path argument).
std::unique_ptr<Job> ParseReadFile(PoolCall& call, FileTarget* handle_file);
std::unique_ptr<Job> ParseWriteFile(PoolCall& call, int default_flags, const char* name,
                                    FileTarget* handle_file);
std::unique_ptr<Job> ParseStat(PoolCall& call, StatJob::Kind kind, const int* handle_fd);

// ---- by descriptor (fs_descriptor_calls.cc) ----

std::unique_ptr<Job> MakeFstat(PoolCall& call);
std::unique_ptr<Job> MakeClose(PoolCall& call);
std::unique_ptr<Job> MakeRead(PoolCall& call);
std::unique_ptr<Job> MakeWrite(PoolCall& call);

/// FileHandle's methods (promise form; `this` is the FileHandle).
std::unique_ptr<Job> MakeHandleRead(PoolCall& call);
std::unique_ptr<Job> MakeHandleWrite(PoolCall& call);
std::unique_ptr<Job> MakeHandleStat(PoolCall& call);
std::unique_ptr<Job> MakeHandleReadFile(PoolCall& call);
std::unique_ptr<Job> MakeHandleWriteFile(PoolCall& call);
std::unique_ptr<Job> MakeHandleClose(PoolCall& call);

}  // namespace pool
