#include <fcntl.h>
#include <unistd.h>

#include "engine.h"
#include "modules/fs_calls.h"
#include "modules/fs_module.h"
#include "node_errors.h"

namespace pool {

FsModule& Fs(PoolCall& call) { return call.module<FsModule>(); }

bool GetFileTarget(PoolCall& call, v8::Local<v8::Value> value, FileTarget* file) {
  if (value->IsInt32()) return ValidateFd(call.isolate(), value, &file->fd);
  FileHandles& handles = Fs(call).handles();
  if (handles.Is(call.isolate(), value)) {
    return handles.FdOf(call.context(), value, "read", &file->fd);
  }
  return ValidatePath(call.isolate(), value, "path", &file->path);
}

bool GetData(PoolCall& call, v8::Local<v8::Value> value, const char* name, Encoding encoding,
             BytesView* out) {
  if (value->IsArrayBufferView()) {
    *out = BytesView::FromView(value.As<v8::ArrayBufferView>());
    return true;
  }
  if (value->IsString()) {
    *out = BytesView::FromString(call.isolate(), value.As<v8::String>(), encoding);
    return true;
  }
  return errors::Throw(
      call.isolate(),
      errors::InvalidArgType(call.isolate(), name,
                             "be of type string or an instance of Buffer, TypedArray, or DataView",
                             value));
}

bool GetFlag(const Options& options, const char* name, v8::Isolate* isolate, bool* out) {
  v8::Local<v8::Value> value;
  if (!options.Get(name, &value)) return false;
  *out = value->BooleanValue(isolate);
  return true;
}

bool GetMember(v8::Local<v8::Context> context, v8::Local<v8::Value> options, const char* name,
               v8::Local<v8::Value>* out) {
  if (!options->IsObject() || options->IsArrayBufferView()) {
    *out = v8::Undefined(context->GetIsolate());
    return true;
  }
  return options.As<v8::Object>()
      ->Get(context, engine::ToV8String(context->GetIsolate(), name))
      .ToLocal(out);
}

// ---- readFile, writeFile, appendFile ----

// fs.readFile(path | fd | FileHandle[, options], callback)
std::unique_ptr<Job> ParseReadFile(PoolCall& call, FileTarget* handle_file) {
  if (!call.TakeCallback(1, 2, "cb", true)) return nullptr;
  v8::Local<v8::Value> options_value = handle_file ? call[0] : call[1];
  Options options;
  v8::Local<v8::Value> flag;
  int flags = O_RDONLY;
  if (!options.Parse(call.context(), options_value) || !options.Get("flag", &flag)) return nullptr;
  // A descriptor is read as it is: its flags were chosen when it was opened.
  bool reads_descriptor = handle_file != nullptr || call[0]->IsInt32();
  if (!reads_descriptor && !ParseOpenFlags(call.isolate(), flag, O_RDONLY, &flags)) return nullptr;
  FileTarget file;
  if (handle_file != nullptr) {
    file = *handle_file;
  } else if (!GetFileTarget(call, call[0], &file)) {
    return nullptr;
  }
  return std::make_unique<ReadFileJob>(std::move(file), flags, options.encoding);
}
std::unique_ptr<Job> MakeReadFile(PoolCall& call) { return ParseReadFile(call, nullptr); }

// fs.writeFile(path | fd, data[, options], callback), and appendFile.
std::unique_ptr<Job> ParseWriteFile(PoolCall& call, int default_flags, const char* name,
                                    FileTarget* handle_file) {
  int first = handle_file ? 0 : 1;  // where `data` is
  if (!call.TakeCallback(first + 1, first + 2, "cb", true)) return nullptr;
  Options options;
  v8::Local<v8::Value> flag, mode_value;
  int flags, mode;
  BytesView data;
  if (!options.Parse(call.context(), call[first + 1]) || !options.Get("flag", &flag) ||
      !options.Get("mode", &mode_value) ||
      !GetData(call, call[first], "data", options.encoding.value_or(Encoding::kUtf8), &data)) {
    return nullptr;
  }
  FileTarget file;
  if (handle_file != nullptr) {
    file = *handle_file;
  } else if (!GetFileTarget(call, call[0], &file)) {
    return nullptr;
  }
  if (!ParseOpenFlags(call.isolate(), flag, default_flags, &flags) ||
      !ParseFileMode(call.isolate(), mode_value, "mode", kDefaultFileMode, &mode)) {
    return nullptr;
  }
  return std::make_unique<WriteFileJob>(std::move(file), std::move(data), flags, mode, name);
}
std::unique_ptr<Job> MakeWriteFile(PoolCall& call) {
  return ParseWriteFile(call, kWriteFlags, "writeFile", nullptr);
}
std::unique_ptr<Job> MakeAppendFile(PoolCall& call) {
  return ParseWriteFile(call, kAppendFlags, "appendFile", nullptr);
}

// ---- stat, lstat ----

// fs.stat(path[, options], callback); options.bigint
std::unique_ptr<Job> ParseStat(PoolCall& call, StatJob::Kind kind, const int* handle_fd) {
  int first_option = handle_fd ? 0 : 1;
  if (!call.TakeCallback(first_option, first_option + 1)) return nullptr;
  FileTarget file;
  if (handle_fd != nullptr) {
    file.fd = *handle_fd;
  } else if (kind == StatJob::Kind::kFstat) {
    if (!ValidateFd(call.isolate(), call[0], &file.fd)) return nullptr;
  } else if (!ValidatePath(call.isolate(), call[0], "path", &file.path)) {
    return nullptr;
  }
  bool bigint = false;
  v8::Local<v8::Value> options = call[first_option];
  v8::Local<v8::Value> value;
  if (options->IsObject()) {
    if (!GetMember(call.context(), options, "bigint", &value)) return nullptr;
    bigint = value->BooleanValue(call.isolate());
  }
  return std::make_unique<StatJob>(kind, std::move(file), bigint, Fs(call).objects());
}
std::unique_ptr<Job> MakeStat(PoolCall& call) {
  return ParseStat(call, StatJob::Kind::kStat, nullptr);
}
std::unique_ptr<Job> MakeLstat(PoolCall& call) {
  return ParseStat(call, StatJob::Kind::kLstat, nullptr);
}

// ---- readdir, mkdir, rm, rmdir, unlink, rename, access ----

// fs.readdir(path[, options], callback); options: encoding, withFileTypes
std::unique_ptr<Job> MakeReaddir(PoolCall& call) {
  if (!call.TakeCallback(1, 2)) return nullptr;
  Options options;
  bool with_file_types = false;
  std::string path;
  if (!options.Parse(call.context(), call[1]) ||
      !GetFlag(options, "withFileTypes", call.isolate(), &with_file_types) ||
      !ValidatePath(call.isolate(), call[0], "path", &path)) {
    return nullptr;
  }
  return std::make_unique<ReaddirJob>(std::move(path), options.encoding, options.buffer_encoding,
                                      with_file_types, Fs(call).objects());
}

// fs.mkdir(path[, options], callback); options: a mode, or { recursive, mode }
std::unique_ptr<Job> MakeMkdir(PoolCall& call) {
  v8::Isolate* isolate = call.isolate();
  v8::Local<v8::Context> context = call.context();
  v8::Local<v8::Value> options = call[1];
  int mode = kDefaultDirectoryMode;
  v8::Local<v8::Value> recursive = v8::False(call.isolate());
  if (options->IsNumber() || options->IsString()) {
    if (!ParseFileMode(isolate, options, "mode", kDefaultDirectoryMode, &mode)) return nullptr;
  } else if (options->IsObject() && !options->IsFunction()) {
    v8::Local<v8::Value> value;
    if (!GetMember(context, options, "recursive", &value)) return nullptr;
    if (!value->IsUndefined()) recursive = value;
    if (!GetMember(context, options, "mode", &value)) return nullptr;
    if (!value->IsUndefined() && !ParseFileMode(isolate, value, "options.mode", mode, &mode)) {
      return nullptr;
    }
  }
  // Node checks the callback after the options here.
  if (!call.TakeCallback(1, 2)) return nullptr;
  std::string path;
  bool is_recursive;
  if (!ValidatePath(isolate, call[0], "path", &path) ||
      !ValidateBoolean(isolate, recursive, "options.recursive", &is_recursive)) {
    return nullptr;
  }
  return std::make_unique<MkdirJob>(std::move(path), mode, is_recursive);
}

// fs.rm(path[, options], callback); options: recursive, force
std::unique_ptr<Job> MakeRm(PoolCall& call) {
  v8::Isolate* isolate = call.isolate();
  v8::Local<v8::Context> context = call.context();
  std::string path;
  if (!ValidatePath(isolate, call[0], "path", &path)) return nullptr;
  v8::Local<v8::Value> options =
      call[1]->IsFunction() ? v8::Undefined(call.isolate()).As<v8::Value>() : call[1];
  bool recursive = false, force = false;
  if (!options->IsUndefined()) {
    if (!options->IsObject() || options->IsArrayBufferView()) {
      errors::Throw(call.isolate(),
                    errors::InvalidArgType(isolate, "options", "be of type object", options));
      return nullptr;
    }
    v8::Local<v8::Value> value;
    if (!GetMember(context, options, "recursive", &value) ||
        (!value->IsUndefined() &&
         !ValidateBoolean(isolate, value, "options.recursive", &recursive)) ||
        !GetMember(context, options, "force", &value) ||
        (!value->IsUndefined() && !ValidateBoolean(isolate, value, "options.force", &force))) {
      return nullptr;
    }
  }
  if (!call.TakeCallback(1, 2)) return nullptr;
  return std::make_unique<RmJob>(std::move(path), recursive, force);
}

// fs.rmdir(path[, options], callback)
std::unique_ptr<Job> MakeRmdir(PoolCall& call) {
  std::string path;
  if (!call.TakeCallback(1, 2) || !ValidatePath(call.isolate(), call[0], "path", &path)) {
    return nullptr;
  }
  return std::make_unique<SimpleFsJob>(SimpleFsJob::Call::kRmdir, std::move(path));
}

// fs.unlink(path, callback)
std::unique_ptr<Job> MakeUnlink(PoolCall& call) {
  std::string path;
  if (!call.TakeCallback(1, 1) || !ValidatePath(call.isolate(), call[0], "path", &path)) {
    return nullptr;
  }
  return std::make_unique<SimpleFsJob>(SimpleFsJob::Call::kUnlink, std::move(path));
}

// fs.rename(oldPath, newPath, callback)
std::unique_ptr<Job> MakeRename(PoolCall& call) {
  std::string from, to;
  if (!call.TakeCallback(2, 2) || !ValidatePath(call.isolate(), call[0], "oldPath", &from) ||
      !ValidatePath(call.isolate(), call[1], "newPath", &to)) {
    return nullptr;
  }
  return std::make_unique<SimpleFsJob>(SimpleFsJob::Call::kRename, std::move(from), std::move(to));
}

// fs.access(path[, mode], callback); mode: F_OK (0), or R_OK | W_OK | X_OK
std::unique_ptr<Job> MakeAccess(PoolCall& call) {
  v8::Isolate* isolate = call.isolate();
  std::string path;
  if (!ValidatePath(call.isolate(), call[0], "path", &path)) return nullptr;
  v8::Local<v8::Value> mode_value =
      call[1]->IsFunction() ? v8::Undefined(isolate).As<v8::Value>() : call[1];
  int mode = F_OK;
  if (!mode_value->IsNullOrUndefined()) {
    // Node 20 checks this one in C++, with these words.
    if (!mode_value->IsInt32()) {
      errors::Throw(isolate,
                    errors::NodeError(isolate, errors::Type::kTypeError, "ERR_INVALID_ARG_TYPE",
                                      "mode must be int32 or null/undefined"));
      return nullptr;
    }
    mode = mode_value.As<v8::Int32>()->Value();
    if (mode < 0 || mode > 7) {
      errors::Throw(isolate,
                    errors::NodeError(isolate, errors::Type::kRangeError, "ERR_OUT_OF_RANGE",
                                      "mode is out of range: >= 0 && <= 7"));
      return nullptr;
    }
  }
  if (!call.TakeCallback(1, 2)) return nullptr;
  return std::make_unique<SimpleFsJob>(SimpleFsJob::Call::kAccess, std::move(path), "", mode);
}

// ---- open, close ----

// fs.open(path[, flags[, mode]], callback)
std::unique_ptr<Job> MakeOpen(PoolCall& call) {
  std::string path;
  if (!ValidatePath(call.isolate(), call[0], "path", &path)) return nullptr;
  // With fewer than three arguments, Node takes the second as the callback.
  if (!call.TakeCallback(1, call.count() < 3 ? 1 : 3)) return nullptr;
  int flags, mode;
  if (!ParseFileMode(call.isolate(), call[2], "mode", kDefaultFileMode, &mode) ||
      !ParseOpenFlags(call.isolate(), call[1], O_RDONLY, &flags)) {
    return nullptr;
  }
  FileHandles* handles = call.form() == Form::kPromise ? &Fs(call).handles() : nullptr;
  return std::make_unique<OpenJob>(std::move(path), flags, mode, handles);
}

// The callback fs.close() uses when given none: an error is thrown, uncaught.

}  // namespace pool
