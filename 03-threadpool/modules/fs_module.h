/// \file
/// require('fs'): the file system, asynchronous on the pool, and the same
/// operations synchronous for contrast. (Node: lib/fs.js,
/// lib/internal/fs/promises.js.)
///
///     fs.readFile(path[, options], callback)      on the pool, callback
///     fs.promises.readFile(path[, options])       on the pool, promise
///     fs.readFileSync(path[, options])            on the loop thread
///
/// for readFile, writeFile, appendFile, stat, lstat, fstat, readdir, mkdir,
/// rm, rmdir, unlink, rename, open, read, write, close and access, plus
/// existsSync, fs.constants and the classes Stats and Dirent.
/// fs.promises.open() resolves to a FileHandle (file_handle.h).
///
/// Three parts: this module lists the functions and their forms;
/// fs_calls.h reads each function's arguments, as Node does and in Node's
/// order, into a job; fs_jobs.h does the work. Paths are strings or
/// Uint8Arrays; bytes come back as Uint8Array (Buffer arrives in stage 04).
#pragma once

#include "modules.h"
#include "modules/file_handle.h"
#include "modules/fs_objects.h"

namespace pool {

class FsModule : public BuiltinModule {
 public:
  static constexpr const char* kName = "fs";
  explicit FsModule(ThreadPool& pool) : BuiltinModule(kName, pool) {}

  v8::Local<v8::Object> CreateExports(v8::Local<v8::Context> context) override;

  FsObjects& objects() { return objects_; }
  FileHandles& handles() { return handles_; }

 private:
  FsObjects objects_;
  FileHandles handles_;
};

}  // namespace pool
