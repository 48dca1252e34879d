#include "fs_module.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

#include "engine.h"
#include "fs_jobs.h"
#include "node_errors.h"
#include "validate.h"

namespace pool {
namespace {

constexpr int kDefaultFileMode = 0666;  ///< before the umask, as in Node
constexpr int kDefaultDirectoryMode = 0777;
constexpr int kWriteFlags = O_TRUNC | O_CREAT | O_WRONLY;    ///< 'w'
constexpr int kAppendFlags = O_APPEND | O_CREAT | O_WRONLY;  ///< 'a'
constexpr size_t kDefaultReadBufferSize = 16384;             ///< fs.read without a buffer

FsModule& Fs(PoolCall& call) { return call.module<FsModule>(); }

/// A job that has nothing to wait for: its outcome is ready (a second
/// FileHandle.close()).
class AlreadyDoneJob : public Job {
 public:
  void Run() override {}
  Outcome Finish(v8::Local<v8::Context>) override { return Outcome::Success(); }
  std::string Describe() const override { return "nothing to do"; }
  bool NeedsPool() const override { return false; }
};

// ---- the arguments fs functions share ----

// A path, a descriptor (an int32, as Node's isFd) or a FileHandle.
bool GetFileTarget(PoolCall& call, v8::Local<v8::Value> value, FileTarget* file) {
  if (value->IsInt32()) return ValidateFd(call.context(), value, &file->fd);
  FileHandles& handles = Fs(call).handles();
  if (handles.Is(call.isolate(), value))
    return handles.FdOf(call.context(), value, "read", &file->fd);
  return ValidatePath(call.context(), value, "path", &file->path);
}

// The bytes of a string (in `encoding`) or of a TypedArray/DataView.
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
  return Throw(
      call.isolate(),
      InvalidArgType(call.context(), name,
                     "be of type string or an instance of Buffer, TypedArray, or DataView", value));
}

// options.name, read as JavaScript truthiness (Node reads `bigint` and
// `withFileTypes` that way, without validating them).
bool GetFlag(const Options& options, const char* name, v8::Isolate* isolate, bool* out) {
  v8::Local<v8::Value> value;
  if (!options.Get(name, &value)) return false;
  *out = value->BooleanValue(isolate);
  return true;
}

// options[name] when `options` is a plain object (fs.read's and fs.write's
// option bags); undefined otherwise.
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
  if (!reads_descriptor && !ParseOpenFlags(call.context(), flag, O_RDONLY, &flags)) return nullptr;
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
  if (!ParseOpenFlags(call.context(), flag, default_flags, &flags) ||
      !ParseFileMode(call.context(), mode_value, "mode", kDefaultFileMode, &mode)) {
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

// ---- stat, lstat, fstat ----

// fs.stat(path[, options], callback); options.bigint
std::unique_ptr<Job> ParseStat(PoolCall& call, StatJob::Kind kind, const int* handle_fd) {
  int first_option = handle_fd ? 0 : 1;
  if (!call.TakeCallback(first_option, first_option + 1)) return nullptr;
  FileTarget file;
  if (handle_fd != nullptr) {
    file.fd = *handle_fd;
  } else if (kind == StatJob::Kind::kFstat) {
    if (!ValidateFd(call.context(), call[0], &file.fd)) return nullptr;
  } else if (!ValidatePath(call.context(), call[0], "path", &file.path)) {
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
std::unique_ptr<Job> MakeFstat(PoolCall& call) {
  return ParseStat(call, StatJob::Kind::kFstat, nullptr);
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
      !ValidatePath(call.context(), call[0], "path", &path)) {
    return nullptr;
  }
  return std::make_unique<ReaddirJob>(std::move(path), options.encoding, options.buffer_encoding,
                                      with_file_types, Fs(call).objects());
}

// fs.mkdir(path[, options], callback); options: a mode, or { recursive, mode }
std::unique_ptr<Job> MakeMkdir(PoolCall& call) {
  v8::Local<v8::Context> context = call.context();
  v8::Local<v8::Value> options = call[1];
  int mode = kDefaultDirectoryMode;
  v8::Local<v8::Value> recursive = v8::False(call.isolate());
  if (options->IsNumber() || options->IsString()) {
    if (!ParseFileMode(context, options, "mode", kDefaultDirectoryMode, &mode)) return nullptr;
  } else if (options->IsObject() && !options->IsFunction()) {
    v8::Local<v8::Value> value;
    if (!GetMember(context, options, "recursive", &value)) return nullptr;
    if (!value->IsUndefined()) recursive = value;
    if (!GetMember(context, options, "mode", &value)) return nullptr;
    if (!value->IsUndefined() && !ParseFileMode(context, value, "options.mode", mode, &mode)) {
      return nullptr;
    }
  }
  // Node checks the callback after the options here.
  if (!call.TakeCallback(1, 2)) return nullptr;
  std::string path;
  bool is_recursive;
  if (!ValidatePath(context, call[0], "path", &path) ||
      !ValidateBoolean(context, recursive, "options.recursive", &is_recursive)) {
    return nullptr;
  }
  return std::make_unique<MkdirJob>(std::move(path), mode, is_recursive);
}

// fs.rm(path[, options], callback); options: recursive, force
std::unique_ptr<Job> MakeRm(PoolCall& call) {
  v8::Local<v8::Context> context = call.context();
  std::string path;
  if (!ValidatePath(context, call[0], "path", &path)) return nullptr;
  v8::Local<v8::Value> options =
      call[1]->IsFunction() ? v8::Undefined(call.isolate()).As<v8::Value>() : call[1];
  bool recursive = false, force = false;
  if (!options->IsUndefined()) {
    if (!options->IsObject() || options->IsArrayBufferView()) {
      Throw(call.isolate(), InvalidArgType(context, "options", "be of type object", options));
      return nullptr;
    }
    v8::Local<v8::Value> value;
    if (!GetMember(context, options, "recursive", &value) ||
        (!value->IsUndefined() &&
         !ValidateBoolean(context, value, "options.recursive", &recursive)) ||
        !GetMember(context, options, "force", &value) ||
        (!value->IsUndefined() && !ValidateBoolean(context, value, "options.force", &force))) {
      return nullptr;
    }
  }
  if (!call.TakeCallback(1, 2)) return nullptr;
  return std::make_unique<RmJob>(std::move(path), recursive, force);
}

// fs.rmdir(path[, options], callback)
std::unique_ptr<Job> MakeRmdir(PoolCall& call) {
  std::string path;
  if (!call.TakeCallback(1, 2) || !ValidatePath(call.context(), call[0], "path", &path)) {
    return nullptr;
  }
  return std::make_unique<SimpleFsJob>(SimpleFsJob::Call::kRmdir, std::move(path));
}

// fs.unlink(path, callback)
std::unique_ptr<Job> MakeUnlink(PoolCall& call) {
  std::string path;
  if (!call.TakeCallback(1, 1) || !ValidatePath(call.context(), call[0], "path", &path)) {
    return nullptr;
  }
  return std::make_unique<SimpleFsJob>(SimpleFsJob::Call::kUnlink, std::move(path));
}

// fs.rename(oldPath, newPath, callback)
std::unique_ptr<Job> MakeRename(PoolCall& call) {
  std::string from, to;
  if (!call.TakeCallback(2, 2) || !ValidatePath(call.context(), call[0], "oldPath", &from) ||
      !ValidatePath(call.context(), call[1], "newPath", &to)) {
    return nullptr;
  }
  return std::make_unique<SimpleFsJob>(SimpleFsJob::Call::kRename, std::move(from), std::move(to));
}

// fs.access(path[, mode], callback); mode: F_OK (0), or R_OK | W_OK | X_OK
std::unique_ptr<Job> MakeAccess(PoolCall& call) {
  v8::Isolate* isolate = call.isolate();
  std::string path;
  if (!ValidatePath(call.context(), call[0], "path", &path)) return nullptr;
  v8::Local<v8::Value> mode_value =
      call[1]->IsFunction() ? v8::Undefined(isolate).As<v8::Value>() : call[1];
  int mode = F_OK;
  if (!mode_value->IsNullOrUndefined()) {
    // Node 20 checks this one in C++, with these words.
    if (!mode_value->IsInt32()) {
      Throw(isolate, NodeError(isolate, ErrorType::kTypeError, "ERR_INVALID_ARG_TYPE",
                               "mode must be int32 or null/undefined"));
      return nullptr;
    }
    mode = mode_value.As<v8::Int32>()->Value();
    if (mode < 0 || mode > 7) {
      Throw(isolate, NodeError(isolate, ErrorType::kRangeError, "ERR_OUT_OF_RANGE",
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
  if (!ValidatePath(call.context(), call[0], "path", &path)) return nullptr;
  // With fewer than three arguments, Node takes the second as the callback.
  if (!call.TakeCallback(1, call.count() < 3 ? 1 : 3)) return nullptr;
  int flags, mode;
  if (!ParseFileMode(call.context(), call[2], "mode", kDefaultFileMode, &mode) ||
      !ParseOpenFlags(call.context(), call[1], O_RDONLY, &flags)) {
    return nullptr;
  }
  FileHandles* handles = call.form() == Form::kPromise ? &Fs(call).handles() : nullptr;
  return std::make_unique<OpenJob>(std::move(path), flags, mode, handles);
}

// The callback fs.close() uses when given none: an error is thrown, uncaught.
void ThrowIfError(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsNullOrUndefined()) info.GetIsolate()->ThrowException(info[0]);
}

// fs.close(fd[, callback])
std::unique_ptr<Job> MakeClose(PoolCall& call) {
  int fd;
  if (!ValidateFd(call.context(), call[0], &fd)) return nullptr;
  if (call.form() == Form::kCallback && call[1]->IsUndefined()) {
    call.SetDefaultCallback(v8::Function::New(call.context(), ThrowIfError).ToLocalChecked());
  } else if (!call.TakeCallback(1, 1)) {
    return nullptr;
  }
  return std::make_unique<SimpleFsJob>(SimpleFsJob::Call::kClose, "", "", fd);
}

// ---- read, write ----

// The arguments of fs.read(fd, ...) from `first` on (FileHandle.read: from
// 0), in all of Node's shapes:
//   (buffer, offset, length, position)   (buffer[, options])   ([options])
// where options is { buffer, offset, length, position }.
std::unique_ptr<Job> ParseRead(PoolCall& call, int first, int fd) {
  v8::Local<v8::Context> context = call.context();
  v8::Isolate* isolate = call.isolate();
  v8::Local<v8::Value> buffer = call[first], offset = call[first + 1];
  v8::Local<v8::Value> length = call[first + 2], position = call[first + 3];
  int given = call.count() - first;  // Node tells the shapes apart by arguments.length
  if (!buffer->IsArrayBufferView() && given <= 1) {  // ([options]): all from there
    v8::Local<v8::Value> options = buffer;
    if (!GetMember(context, options, "buffer", &buffer) ||
        !GetMember(context, options, "offset", &offset) ||
        !GetMember(context, options, "length", &length) ||
        !GetMember(context, options, "position", &position)) {
      return nullptr;
    }
    if (buffer->IsUndefined()) {
      v8::Local<v8::ArrayBuffer> memory = v8::ArrayBuffer::New(isolate, kDefaultReadBufferSize);
      buffer = v8::Uint8Array::New(memory, 0, kDefaultReadBufferSize);
    }
    if (!buffer->IsArrayBufferView()) {
      Throw(isolate, InvalidArgType(context, "buffer",
                                    "be an instance of Buffer, TypedArray, or DataView", buffer));
      return nullptr;
    }
  } else if (!buffer->IsArrayBufferView()) {
    Throw(isolate, InvalidArgType(context, "buffer",
                                  "be an instance of Buffer, TypedArray, or DataView", buffer));
    return nullptr;
  } else if (given <= 2 && offset->IsObject()) {  // (buffer, options)
    v8::Local<v8::Value> options = offset;
    if (!GetMember(context, options, "offset", &offset) ||
        !GetMember(context, options, "length", &length) ||
        !GetMember(context, options, "position", &position)) {
      return nullptr;
    }
  }
  int64_t byte_length = buffer.As<v8::ArrayBufferView>()->ByteLength();

  int64_t start = 0;
  if (!offset->IsNullOrUndefined() &&
      !ValidateInteger(context, offset, "offset", 0, 9007199254740991, &start)) {
    return nullptr;
  }
  int64_t count = length->IsUndefined() ? byte_length - start
                                        : length->Int32Value(context).FromMaybe(0);  // length |= 0
  if (count != 0 && byte_length == 0) {
    Throw(isolate, InvalidArgValue(context, "buffer", "is empty and cannot be written", buffer));
    return nullptr;
  }
  if (count < 0 || start + count > byte_length) {
    std::string range = count < 0 ? ">= 0" : "<= " + std::to_string(byte_length - start);
    Throw(isolate, OutOfRange(isolate, "length", range, ReceivedNumber(context, length)));
    return nullptr;
  }
  int64_t at = -1;
  if (!position->IsNullOrUndefined()) {
    if (position->IsBigInt()) {
      at = position.As<v8::BigInt>()->Int64Value();
    } else if (!position->IsNumber()) {
      Throw(isolate, InvalidArgType(context, "position", "be of type bigint or integer", position));
      return nullptr;
    } else if (!ValidateInteger(context, position, "position", -1, 9007199254740991, &at)) {
      return nullptr;
    }
  }
  BytesView target = BytesView::FromView(buffer.As<v8::ArrayBufferView>()).Slice(start, count);
  return std::make_unique<ReadWriteJob>(ReadWriteJob::Direction::kRead, fd, std::move(target), at,
                                        isolate, buffer);
}

// fs.read(fd, ..., callback)
std::unique_ptr<Job> MakeRead(PoolCall& call) {
  int fd;
  if (!ValidateFd(call.context(), call[0], &fd)) return nullptr;
  // Node picks the callback by arguments.length: (fd, cb), (fd, buffer, cb),
  // (fd, buffer, options, cb), or the full six.
  int given = call.count();
  if (!call.TakeCallback(1, given <= 4 ? std::max(given - 1, 1) : 5)) return nullptr;
  return ParseRead(call, 1, fd);
}

// The arguments of fs.write(fd, ...) from `first` on, in Node's shapes:
//   (buffer[, offset[, length[, position]]])   (buffer, options)
//   (string[, position[, encoding]])
std::unique_ptr<Job> ParseWrite(PoolCall& call, int first, int fd) {
  v8::Local<v8::Context> context = call.context();
  v8::Isolate* isolate = call.isolate();
  v8::Local<v8::Value> buffer = call[first];
  int64_t at = -1;
  BytesView source;
  if (buffer->IsArrayBufferView()) {
    v8::Local<v8::Value> offset = call[first + 1], length = call[first + 2];
    v8::Local<v8::Value> position = call[first + 3];
    if (offset->IsObject()) {  // (buffer, options)
      v8::Local<v8::Value> options = offset;
      if (!GetMember(context, options, "offset", &offset) ||
          !GetMember(context, options, "length", &length) ||
          !GetMember(context, options, "position", &position)) {
        return nullptr;
      }
    }
    int64_t byte_length = buffer.As<v8::ArrayBufferView>()->ByteLength();
    int64_t start = 0;
    if (!offset->IsNullOrUndefined() &&
        !ValidateInteger(context, offset, "offset", 0, 9007199254740991, &start)) {
      return nullptr;
    }
    int64_t count = length->IsNumber() ? static_cast<int64_t>(length.As<v8::Number>()->Value())
                                       : byte_length - start;
    if (start > byte_length) {
      Throw(isolate, OutOfRange(isolate, "offset", "<= " + std::to_string(byte_length),
                                ReceivedNumber(context, offset)));
      return nullptr;
    }
    if (count > byte_length - start || count < 0) {
      std::string range = count < 0 ? ">= 0" : "<= " + std::to_string(byte_length - start);
      Throw(isolate, OutOfRange(isolate, "length", range,
                                length->IsNumber() ? ReceivedNumber(context, length)
                                                   : std::to_string(count)));
      return nullptr;
    }
    if (position->IsNumber()) at = static_cast<int64_t>(position.As<v8::Number>()->Value());
    source = BytesView::FromView(buffer.As<v8::ArrayBufferView>()).Slice(start, count);
  } else if (buffer->IsString()) {
    v8::Local<v8::Value> position = call[first + 1], encoding_value = call[first + 2];
    std::optional<Encoding> encoding;
    if (!encoding_value->IsString()) encoding_value = v8::Undefined(isolate);
    if (!ValidateEncoding(context, encoding_value, &encoding)) return nullptr;
    if (position->IsNumber()) at = static_cast<int64_t>(position.As<v8::Number>()->Value());
    source =
        BytesView::FromString(isolate, buffer.As<v8::String>(), encoding.value_or(Encoding::kUtf8));
  } else {
    Throw(isolate,
          InvalidArgType(context, "buffer",
                         "be of type string or an instance of Buffer, TypedArray, or DataView",
                         buffer));
    return nullptr;
  }
  return std::make_unique<ReadWriteJob>(ReadWriteJob::Direction::kWrite, fd, std::move(source), at,
                                        isolate, buffer);
}

// fs.write(fd, ..., callback)
std::unique_ptr<Job> MakeWrite(PoolCall& call) {
  int fd;
  if (!ValidateFd(call.context(), call[0], &fd)) return nullptr;
  v8::Local<v8::Value> buffer = call[1];
  if (!buffer->IsArrayBufferView() && !buffer->IsString()) {
    return ParseWrite(call, 1, fd);  // which throws Node's error for it
  }
  if (call.form() == Form::kCallback && buffer->IsString() && !call[2]->IsFunction() &&
      !call[3]->IsFunction() && !call[4]->IsFunction()) {
    // (fd, string, position, encoding, callback): without a function, Node
    // ends up naming the third argument after the string.
    ValidateFunction(call.context(), call[3], "cb");
    return nullptr;
  }
  // Node's callback is `callback || position || length || offset`.
  if (!call.TakeCallback(2, 5, "cb", true)) return nullptr;
  return ParseWrite(call, 1, fd);
}

// ---- FileHandle methods (promise form; `this` is the FileHandle) ----

std::unique_ptr<Job> MakeHandleRead(PoolCall& call) {
  int fd;
  if (!Fs(call).handles().FdOf(call.context(), call.receiver(), "read", &fd)) return nullptr;
  return ParseRead(call, 0, fd);
}

std::unique_ptr<Job> MakeHandleWrite(PoolCall& call) {
  int fd;
  if (!Fs(call).handles().FdOf(call.context(), call.receiver(), "write", &fd)) return nullptr;
  return ParseWrite(call, 0, fd);
}

std::unique_ptr<Job> MakeHandleStat(PoolCall& call) {
  int fd;
  if (!Fs(call).handles().FdOf(call.context(), call.receiver(), "fstat", &fd)) return nullptr;
  return ParseStat(call, StatJob::Kind::kFstat, &fd);
}

std::unique_ptr<Job> MakeHandleReadFile(PoolCall& call) {
  FileTarget file;
  if (!Fs(call).handles().FdOf(call.context(), call.receiver(), "read", &file.fd)) return nullptr;
  return ParseReadFile(call, &file);
}

std::unique_ptr<Job> MakeHandleWriteFile(PoolCall& call) {
  FileTarget file;
  if (!Fs(call).handles().FdOf(call.context(), call.receiver(), "write", &file.fd)) return nullptr;
  return ParseWriteFile(call, kWriteFlags, "writeFile", &file);
}

std::unique_ptr<Job> MakeHandleClose(PoolCall& call) {
  FileHandles& handles = Fs(call).handles();
  int fd;
  if (!handles.FdOf(call.context(), call.receiver(), nullptr, &fd)) return nullptr;
  if (fd < 0) return std::make_unique<AlreadyDoneJob>();  // closed already: nothing to do
  handles.MarkClosed(call.receiver());
  return std::make_unique<SimpleFsJob>(SimpleFsJob::Call::kClose, "", "", fd);
}

// ---- existsSync ----

// fs.existsSync(path): true or false, never an exception.
void ExistsSync(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::TryCatch try_catch(isolate);
  std::string path;
  if (!ValidatePath(isolate->GetCurrentContext(), info[0], "path", &path)) {
    info.GetReturnValue().Set(false);
    return;
  }
  info.GetReturnValue().Set(access(path.c_str(), F_OK) == 0);
}

v8::Local<v8::Object> Constants(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  struct Constant {
    const char* name;
    int value;
  };
  static const Constant kConstants[] = {
      {"F_OK", F_OK},         {"R_OK", R_OK},         {"W_OK", W_OK},         {"X_OK", X_OK},
      {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},     {"O_CREAT", O_CREAT},
      {"O_EXCL", O_EXCL},     {"O_TRUNC", O_TRUNC},   {"O_APPEND", O_APPEND}, {"O_SYNC", O_SYNC},
      {"S_IFMT", S_IFMT},     {"S_IFREG", S_IFREG},   {"S_IFDIR", S_IFDIR},   {"S_IFLNK", S_IFLNK},
      {"S_IFIFO", S_IFIFO},   {"S_IFSOCK", S_IFSOCK}, {"S_IFCHR", S_IFCHR},   {"S_IFBLK", S_IFBLK},
  };
  for (const Constant& constant : kConstants) {
    constants
        ->Set(context, engine::ToV8String(isolate, constant.name),
              v8::Integer::New(isolate, constant.value))
        .Check();
  }
  return constants;
}

}  // namespace

v8::Local<v8::Object> FsModule::CreateExports(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> fs = v8::Object::New(isolate);
  v8::Local<v8::Object> promises = v8::Object::New(isolate);

  // Each operation in its three forms: fs.x (callback), fs.xSync, fs.promises.x.
  struct Operation {
    const char* name;
    JobMaker make_job;
    bool has_promise_form;
  };
  static const Operation kOperations[] = {
      {"readFile", MakeReadFile, true},
      {"writeFile", MakeWriteFile, true},
      {"appendFile", MakeAppendFile, true},
      {"stat", MakeStat, true},
      {"lstat", MakeLstat, true},
      {"fstat", MakeFstat, false},
      {"readdir", MakeReaddir, true},
      {"mkdir", MakeMkdir, true},
      {"rm", MakeRm, true},
      {"rmdir", MakeRmdir, true},
      {"unlink", MakeUnlink, true},
      {"rename", MakeRename, true},
      {"access", MakeAccess, true},
      {"open", MakeOpen, true},
      {"close", MakeClose, false},
      {"read", MakeRead, false},
      {"write", MakeWrite, false},
  };
  for (const Operation& operation : kOperations) {
    SetPoolMethod(context, fs, operation.name, Form::kCallback, operation.make_job);
    SetPoolMethod(context, fs, (std::string(operation.name) + "Sync").c_str(), Form::kSync,
                  operation.make_job);
    if (operation.has_promise_form) {
      SetPoolMethod(context, promises, operation.name, Form::kPromise, operation.make_job);
    }
  }
  SetMethod(context, fs, "existsSync", ExistsSync);

  v8::Local<v8::Object> file_handle = handles_.Install(context);
  SetPoolMethod(context, file_handle, "read", Form::kPromise, MakeHandleRead);
  SetPoolMethod(context, file_handle, "write", Form::kPromise, MakeHandleWrite);
  SetPoolMethod(context, file_handle, "stat", Form::kPromise, MakeHandleStat);
  SetPoolMethod(context, file_handle, "readFile", Form::kPromise, MakeHandleReadFile);
  SetPoolMethod(context, file_handle, "writeFile", Form::kPromise, MakeHandleWriteFile);
  SetPoolMethod(context, file_handle, "close", Form::kPromise, MakeHandleClose);

  objects_.Install(context, fs);
  v8::Local<v8::Object> constants = Constants(context);
  for (const char* name : {"F_OK", "R_OK", "W_OK", "X_OK"}) {
    v8::Local<v8::String> key = engine::ToV8String(isolate, name);
    fs->Set(context, key, constants->Get(context, key).ToLocalChecked()).Check();
  }
  fs->Set(context, engine::ToV8String(isolate, "constants"), constants).Check();
  promises->Set(context, engine::ToV8String(isolate, "constants"), constants).Check();
  fs->Set(context, engine::ToV8String(isolate, "promises"), promises).Check();
  return fs;
}

}  // namespace pool
