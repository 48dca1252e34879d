/// \file
/// The file-system jobs: what fs.readFile, fs.stat, fs.mkdir, ... do on a
/// worker thread. (Node: src/node_file.cc, with libuv's uv_fs_*.)
///
/// Each job calls libuv's uv_fs_*() functions in their **synchronous** form:
/// with no loop and no callback, uv_fs_open() simply makes the open() system
/// call on the calling thread and returns its result (a descriptor, or a
/// negative error such as UV_ENOENT). That is exactly what libuv itself does
/// on one of its workers when a uv_fs_*() is given a callback; here the
/// queueing is done by our own ThreadPool, so that every blocking operation
/// of this stage, file, DNS, hash or gzip, goes through the same mechanism.
/// And a *Sync function runs the very same Run() on the loop thread.
///
/// Some Node functions are several system calls: readFile is open, fstat,
/// read until the end, close. Node runs those as a chain of pool requests,
/// one trip per call; a job here does the whole chain in one trip, which is
/// simpler to read and faster (see the benchmark in the chapter).
///
/// A job records a failure as a errors::UvError (uv_errors.h); FsJob::Finish turns it
/// into Node's Error on the loop thread.
#pragma once

#include <uv.h>
#include <v8.h>

#include <optional>
#include <string>
#include <vector>

#include "job.h"
#include "support/bytes.h"
#include "support/encoding.h"
#include "support/uv_errors.h"

namespace pool {

class FsObjects;
class FileHandles;

/// A file named by a path, or an already open descriptor (fs.readFile(fd)).
struct FileTarget {
  std::string path;
  int fd = -1;  ///< >= 0: use this descriptor, neither open nor close it

  bool is_fd() const { return fd >= 0; }
  std::string Describe() const;
};

/// Node's limit for one read of a whole file: 2 GiB - 1 (kIoMaxLength).
constexpr uint64_t kMaxFileSizeToRead = 2147483647;

/// What every fs job shares: a errors::UvError, reported by Finish() as Node does.
class FsJob : public Job {
 public:
  Outcome Finish(v8::Local<v8::Context> context) final;

 protected:
  /// The outcome when no system call failed.
  virtual Outcome Result(v8::Local<v8::Context> context) { return Outcome::Success(); }

  errors::UvError error_;
};

/// fs.readFile: open, fstat, read to the end, close.
class ReadFileJob : public FsJob {
 public:
  ReadFileJob(FileTarget file, int flags, std::optional<Encoding> encoding)
      : file_(std::move(file)), flags_(flags), encoding_(encoding) {}
  void Run() override;
  std::string Describe() const override { return "readFile " + file_.Describe(); }

 private:
  Outcome Result(v8::Local<v8::Context> context) override;
  /// fstat, then read everything from `fd` into contents_.
  void ReadAll(uv_file fd);

  FileTarget file_;
  int flags_;
  std::optional<Encoding> encoding_;
  Bytes contents_;
  uint64_t too_large_size_ = 0;  ///< set when the file exceeds kMaxFileSizeToRead
  bool out_of_memory_ = false;
};

/// fs.writeFile and fs.appendFile: open, write everything, close.
class WriteFileJob : public FsJob {
 public:
  WriteFileJob(FileTarget file, BytesView data, int flags, int mode, const char* name)
      : file_(std::move(file)), data_(std::move(data)), flags_(flags), mode_(mode), name_(name) {}
  void Run() override;
  std::string Describe() const override { return name_ + " " + file_.Describe(); }

 private:
  FileTarget file_;
  BytesView data_;
  int flags_;
  int mode_;
  std::string name_;  ///< "writeFile" or "appendFile"
};

/// fs.stat, fs.lstat, fs.fstat.
class StatJob : public FsJob {
 public:
  enum class Kind { kStat, kLstat, kFstat };
  StatJob(Kind kind, FileTarget file, bool bigint, FsObjects& objects)
      : kind_(kind), file_(std::move(file)), bigint_(bigint), objects_(objects) {}
  void Run() override;
  std::string Describe() const override;

 private:
  Outcome Result(v8::Local<v8::Context> context) override;

  Kind kind_;
  FileTarget file_;
  bool bigint_;
  FsObjects& objects_;
  uv_stat_t stat_{};
};

/// fs.readdir: scandir(), names sorted as libuv sorts them.
class ReaddirJob : public FsJob {
 public:
  ReaddirJob(std::string path, std::optional<Encoding> encoding, bool as_bytes,
             bool with_file_types, FsObjects& objects)
      : path_(std::move(path)),
        encoding_(encoding),
        as_bytes_(as_bytes),
        with_file_types_(with_file_types),
        objects_(objects) {}
  void Run() override;
  std::string Describe() const override { return "readdir '" + path_ + "'"; }

 private:
  Outcome Result(v8::Local<v8::Context> context) override;

  std::string path_;
  std::optional<Encoding> encoding_;
  bool as_bytes_;  ///< encoding 'buffer': names as bytes
  bool with_file_types_;
  FsObjects& objects_;
  std::vector<std::string> names_;
  std::vector<int> types_;  ///< uv_dirent_type_t of each name
};

/// `mkdir -p`: makes `path` and every missing parent, with `mode`, blocking
/// (call it on a worker). Sets `first_created` to the first directory it
/// made (none: left empty). Returns 0 or a uv error (EEXIST: a file is at
/// `path`; ENOTDIR: a file is where a parent should be). Stage 04's raw fs
/// binding uses it too.
int MakeDirectories(const std::string& path, int mode, std::string* first_created);

/// fs.mkdir, optionally creating the missing parents (`recursive`).
class MkdirJob : public FsJob {
 public:
  MkdirJob(std::string path, int mode, bool recursive)
      : path_(std::move(path)), mode_(mode), recursive_(recursive) {}
  void Run() override;
  std::string Describe() const override { return "mkdir '" + path_ + "'"; }

 private:
  Outcome Result(v8::Local<v8::Context> context) override;
  void MakeParents();

  std::string path_;
  int mode_;
  bool recursive_;
  std::string first_created_;  ///< recursive: the first directory made, or empty
};

/// fs.rm: a file, or with `recursive` a whole tree; `force` ignores a
/// missing path.
class RmJob : public FsJob {
 public:
  RmJob(std::string path, bool recursive, bool force)
      : path_(std::move(path)), recursive_(recursive), force_(force) {}
  void Run() override;
  std::string Describe() const override { return "rm '" + path_ + "'"; }

 private:
  Outcome Result(v8::Local<v8::Context> context) override;
  /// Removes `path` and everything under it; false after recording an error.
  bool RemoveTree(const std::string& path);

  std::string path_;
  bool recursive_;
  bool force_;
  bool is_directory_ = false;  ///< not recursive, and the path is a directory
};

/// fs.unlink, fs.rmdir, fs.rename, fs.access, fs.close: one system call each.
class SimpleFsJob : public FsJob {
 public:
  enum class Call { kUnlink, kRmdir, kRename, kAccess, kClose };
  SimpleFsJob(Call call, std::string path, std::string dest = "", int number = 0)
      : call_(call), path_(std::move(path)), dest_(std::move(dest)), number_(number) {}
  void Run() override;
  std::string Describe() const override;

 private:
  Call call_;
  std::string path_;
  std::string dest_;
  int number_;  ///< access: the mode; close: the descriptor
};

/// fs.open: a descriptor, or (fs.promises.open) a FileHandle.
class OpenJob : public FsJob {
 public:
  OpenJob(std::string path, int flags, int mode, FileHandles* handles)
      : path_(std::move(path)), flags_(flags), mode_(mode), handles_(handles) {}
  ~OpenJob() override;
  void Run() override;
  std::string Describe() const override { return "open '" + path_ + "'"; }

 private:
  Outcome Result(v8::Local<v8::Context> context) override;

  std::string path_;
  int flags_;
  int mode_;
  FileHandles* handles_;  ///< set for the promise form
  uv_file fd_ = -1;
  bool delivered_ = false;  ///< false at exit: the descriptor is closed here
};

/// fs.read and fs.write: one read() or write() of a JS buffer's memory.
class ReadWriteJob : public FsJob {
 public:
  enum class Direction { kRead, kWrite };
  /// `bytes` is the part of the buffer to fill or to write; `buffer` is the
  /// JS value handed back to the callback (a TypedArray, or the string).
  ReadWriteJob(Direction direction, uv_file fd, BytesView bytes, int64_t position,
               v8::Isolate* isolate, v8::Local<v8::Value> buffer)
      : direction_(direction),
        fd_(fd),
        bytes_(std::move(bytes)),
        position_(position),
        buffer_(isolate, buffer) {}
  void Run() override;
  std::string Describe() const override;

 private:
  Outcome Result(v8::Local<v8::Context> context) override;

  Direction direction_;
  uv_file fd_;
  BytesView bytes_;
  int64_t position_;              ///< -1: the file's current position
  v8::Global<v8::Value> buffer_;  ///< only touched on the loop thread
  ssize_t done_ = 0;              ///< bytes read or written
};

}  // namespace pool
