#include "modules/fs_jobs.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>

#include "engine.h"
#include "modules/file_handle.h"
#include "modules/fs_objects.h"
#include "node_errors.h"

namespace pool {
namespace {

/// One uv_fs_t used synchronously: uv_fs_*() with no callback performs the
/// system call on this thread and returns its result. The request owns
/// memory (a copy of the path, scandir's entries) until uv_fs_req_cleanup().
struct FsCall {
  uv_fs_t req;
  ~FsCall() { uv_fs_req_cleanup(&req); }
};

/// How much one read() asks for when the size is unknown (a pipe, /proc).
constexpr size_t kUnknownSizeChunk = 64 * 1024;
/// The most one read() or write() is asked to move (uv_buf_t holds 32 bits).
constexpr size_t kMaxChunk = 1 << 30;

uv_buf_t Buffer(uint8_t* data, size_t size) {
  return uv_buf_init(reinterpret_cast<char*>(data),
                     static_cast<unsigned int>(std::min(size, kMaxChunk)));
}

// Text written to fd 1 or 2 must come after what console.log has buffered.
void FlushIfStdio(uv_file fd) {
  if (fd == 1 || fd == 2) std::fflush(stdout);
}

std::string Quoted(const std::string& path) { return "'" + path + "'"; }

}  // namespace

std::string FileTarget::Describe() const {
  return is_fd() ? "fd " + std::to_string(fd) : Quoted(path);
}

Outcome FsJob::Finish(v8::Local<v8::Context> context) {
  if (error_.failed()) return Outcome::Failure(errors::UvException(context->GetIsolate(), error_));
  return Result(context);
}

// ---- readFile ----

void ReadFileJob::Run() {
  uv_file fd = file_.fd;
  if (!file_.is_fd()) {
    FsCall open;
    fd = uv_fs_open(nullptr, &open.req, file_.path.c_str(), flags_, 0666, nullptr);
    if (errors::Failed(error_, fd, "open", file_.path)) return;
  }
  ReadAll(fd);
  if (!file_.is_fd()) {
    FsCall close;
    int result = uv_fs_close(nullptr, &close.req, fd, nullptr);
    if (!error_.failed()) errors::Failed(error_, result, "close");
  }
}

void ReadFileJob::ReadAll(uv_file fd) {
  FsCall stat;
  if (errors::Failed(error_, uv_fs_fstat(nullptr, &stat.req, fd, nullptr), "fstat")) return;
  // Only a regular file has a size worth trusting; read the rest to the end.
  uint64_t expected = S_ISREG(stat.req.statbuf.st_mode) ? stat.req.statbuf.st_size : 0;
  if (expected > kMaxFileSizeToRead) {
    too_large_size_ = expected;
    return;
  }
  size_t capacity = expected > 0 ? expected : kUnknownSizeChunk;
  if (!contents_.Resize(capacity)) {
    out_of_memory_ = true;
    return;
  }
  size_t total = 0;
  for (;;) {
    if (total == capacity) {
      if (expected > 0) break;  // all of it: a file that grows meanwhile is read as it was
      if (capacity >= kMaxFileSizeToRead) {
        too_large_size_ = capacity;
        return;
      }
      if (!contents_.Resize(capacity * 2)) {
        out_of_memory_ = true;
        return;
      }
      capacity *= 2;
    }
    FsCall read;
    uv_buf_t buffer = Buffer(contents_.data() + total, capacity - total);
    int result = uv_fs_read(nullptr, &read.req, fd, &buffer, 1, -1, nullptr);
    if (errors::Failed(error_, result, "read")) return;
    if (result == 0) break;  // the end of the file
    total += result;
  }
  contents_.Resize(total);
}

Outcome ReadFileJob::Result(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  if (too_large_size_ > 0) {
    return Outcome::Failure(errors::NodeError(
        isolate, errors::Type::kRangeError, "ERR_FS_FILE_TOO_LARGE",
        "File size (" + std::to_string(too_large_size_) + ") is greater than 2 GiB"));
  }
  if (out_of_memory_) {
    errors::UvError error;
    errors::Failed(error, UV_ENOMEM, "read");
    return Outcome::Failure(errors::UvException(isolate, error));
  }
  if (!encoding_) return Outcome::Success(contents_.ToUint8Array(isolate));
  v8::Local<v8::String> text;
  if (!BytesToString(isolate, contents_.data(), contents_.size(), *encoding_).ToLocal(&text)) {
    return Outcome::Failure(errors::StringTooLong(isolate));
  }
  return Outcome::Success(text);
}

// ---- writeFile, appendFile ----

void WriteFileJob::Run() {
  uv_file fd = file_.fd;
  if (!file_.is_fd()) {
    FsCall open;
    fd = uv_fs_open(nullptr, &open.req, file_.path.c_str(), flags_, mode_, nullptr);
    if (errors::Failed(error_, fd, "open", file_.path)) return;
  }
  FlushIfStdio(fd);
  size_t written = 0;
  while (written < data_.size()) {
    FsCall write;
    uv_buf_t buffer = Buffer(data_.data() + written, data_.size() - written);
    int result = uv_fs_write(nullptr, &write.req, fd, &buffer, 1, -1, nullptr);
    if (errors::Failed(error_, result, "write")) break;
    written += result;
  }
  if (!file_.is_fd()) {
    FsCall close;
    int result = uv_fs_close(nullptr, &close.req, fd, nullptr);
    if (!error_.failed()) errors::Failed(error_, result, "close");
  }
}

// ---- stat, lstat, fstat ----

void StatJob::Run() {
  FsCall call;
  switch (kind_) {
    case Kind::kStat:
      if (errors::Failed(error_, uv_fs_stat(nullptr, &call.req, file_.path.c_str(), nullptr),
                         "stat", file_.path)) {
        return;
      }
      break;
    case Kind::kLstat:
      if (errors::Failed(error_, uv_fs_lstat(nullptr, &call.req, file_.path.c_str(), nullptr),
                         "lstat", file_.path)) {
        return;
      }
      break;
    case Kind::kFstat:
      if (errors::Failed(error_, uv_fs_fstat(nullptr, &call.req, file_.fd, nullptr), "fstat"))
        return;
      break;
  }
  stat_ = call.req.statbuf;
}

std::string StatJob::Describe() const {
  const char* name = kind_ == Kind::kStat ? "stat " : kind_ == Kind::kLstat ? "lstat " : "fstat ";
  return name + file_.Describe();
}

Outcome StatJob::Result(v8::Local<v8::Context> context) {
  return Outcome::Success(objects_.NewStats(context, stat_, bigint_));
}

// ---- readdir ----

void ReaddirJob::Run() {
  FsCall scan;
  if (errors::Failed(error_, uv_fs_scandir(nullptr, &scan.req, path_.c_str(), 0, nullptr),
                     "scandir", path_)) {
    return;
  }
  uv_dirent_t entry;
  while (uv_fs_scandir_next(&scan.req, &entry) != UV_EOF) {
    names_.push_back(entry.name);
    int type = entry.type;
    // Some file systems do not say; then ask lstat(), as Node does.
    if (with_file_types_ && type == UV_DIRENT_UNKNOWN) {
      FsCall stat;
      std::string full = path_ + "/" + entry.name;
      if (uv_fs_lstat(nullptr, &stat.req, full.c_str(), nullptr) == 0) {
        uint64_t mode = stat.req.statbuf.st_mode;
        type = S_ISREG(mode)    ? UV_DIRENT_FILE
               : S_ISDIR(mode)  ? UV_DIRENT_DIR
               : S_ISLNK(mode)  ? UV_DIRENT_LINK
               : S_ISFIFO(mode) ? UV_DIRENT_FIFO
               : S_ISSOCK(mode) ? UV_DIRENT_SOCKET
               : S_ISCHR(mode)  ? UV_DIRENT_CHAR
               : S_ISBLK(mode)  ? UV_DIRENT_BLOCK
                                : UV_DIRENT_UNKNOWN;
      }
    }
    types_.push_back(type);
  }
}

Outcome ReaddirJob::Result(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  std::vector<v8::Local<v8::Value>> entries;
  for (size_t i = 0; i < names_.size(); i++) {
    const std::string& name = names_[i];
    const uint8_t* bytes = reinterpret_cast<const uint8_t*>(name.data());
    v8::Local<v8::Value> shown;
    if (as_bytes_) {
      Bytes copy;
      copy.Resize(name.size());
      std::copy(name.begin(), name.end(), copy.data());
      shown = copy.ToUint8Array(isolate);
    } else {
      v8::Local<v8::String> text;
      if (!BytesToString(isolate, bytes, name.size(), encoding_.value_or(Encoding::kUtf8))
               .ToLocal(&text)) {
        return Outcome::Failure(errors::StringTooLong(isolate));
      }
      shown = text;
    }
    if (with_file_types_) shown = objects_.NewDirent(context, shown, types_[i], path_);
    entries.push_back(shown);
  }
  return Outcome::Success(v8::Array::New(isolate, entries.data(), entries.size()));
}

// ---- mkdir ----

void MkdirJob::Run() {
  if (!recursive_) {
    FsCall call;
    errors::Failed(error_, uv_fs_mkdir(nullptr, &call.req, path_.c_str(), mode_, nullptr), "mkdir",
                   path_);
    return;
  }
  MakeParents();
}

int MakeDirectories(const std::string& path, int mode, std::string* first_created) {
  // A stack of directories still to make: the path, then, each time mkdir()
  // says a parent is missing (ENOENT), that parent on top of it.
  std::vector<std::string> pending = {path};
  while (!pending.empty()) {
    const std::string directory = pending.back();
    FsCall call;
    int result = uv_fs_mkdir(nullptr, &call.req, directory.c_str(), mode, nullptr);
    if (result == 0) {
      if (first_created->empty()) *first_created = directory;
      pending.pop_back();
      continue;
    }
    if (result == UV_ENOENT) {
      size_t slash = directory.find_last_of('/');
      if (slash == std::string::npos || slash == 0) return result;
      pending.push_back(directory.substr(0, slash));
      continue;
    }
    if (result == UV_EACCES || result == UV_ENOSPC || result == UV_ENOTDIR || result == UV_EPERM) {
      return result;
    }
    // It exists (or could not be made): fine if it is a directory already.
    FsCall stat;
    int stat_result = uv_fs_stat(nullptr, &stat.req, directory.c_str(), nullptr);
    if (stat_result < 0) return stat_result;
    if (!S_ISDIR(stat.req.statbuf.st_mode)) {
      // A file where a parent should be is "not a directory"; a file at the
      // path itself "already exists".
      return pending.size() > 1 ? UV_ENOTDIR : UV_EEXIST;
    }
    pending.pop_back();
  }
  return 0;
}

void MkdirJob::MakeParents() {
  if (int result = MakeDirectories(path_, mode_, &first_created_)) {
    errors::Failed(error_, result, "mkdir", path_);
  }
}

Outcome MkdirJob::Result(v8::Local<v8::Context> context) {
  if (first_created_.empty()) return Outcome::Success();
  return Outcome::Success(engine::ToV8String(context->GetIsolate(), first_created_));
}

// ---- rm ----

void RmJob::Run() {
  FsCall stat;
  int result = uv_fs_lstat(nullptr, &stat.req, path_.c_str(), nullptr);
  if (result == UV_ENOENT && force_) return;
  if (errors::Failed(error_, result, "lstat", path_)) return;
  if (S_ISDIR(stat.req.statbuf.st_mode)) {
    if (!recursive_) {
      is_directory_ = true;
      return;
    }
    RemoveTree(path_);
    return;
  }
  FsCall unlink;
  errors::Failed(error_, uv_fs_unlink(nullptr, &unlink.req, path_.c_str(), nullptr), "unlink",
                 path_);
}

bool RmJob::RemoveTree(const std::string& path) {
  FsCall stat;
  if (errors::Failed(error_, uv_fs_lstat(nullptr, &stat.req, path.c_str(), nullptr), "lstat",
                     path)) {
    return false;
  }
  if (!S_ISDIR(stat.req.statbuf.st_mode)) {  // files and symbolic links alike
    FsCall unlink;
    return !errors::Failed(error_, uv_fs_unlink(nullptr, &unlink.req, path.c_str(), nullptr),
                           "unlink", path);
  }
  std::vector<std::string> children;
  {
    FsCall scan;
    if (errors::Failed(error_, uv_fs_scandir(nullptr, &scan.req, path.c_str(), 0, nullptr),
                       "scandir", path)) {
      return false;
    }
    uv_dirent_t entry;
    while (uv_fs_scandir_next(&scan.req, &entry) != UV_EOF) children.push_back(entry.name);
  }
  for (const std::string& child : children) {
    if (!RemoveTree(path + "/" + child)) return false;
  }
  FsCall rmdir;
  return !errors::Failed(error_, uv_fs_rmdir(nullptr, &rmdir.req, path.c_str(), nullptr), "rmdir",
                         path);
}

Outcome RmJob::Result(v8::Local<v8::Context> context) {
  if (!is_directory_) return Outcome::Success();
  // Node reports this one as a SystemError with the system's details in `info`.
  v8::Isolate* isolate = context->GetIsolate();
  auto text = [isolate](const std::string& s) { return engine::ToV8String(isolate, s); };
  v8::Local<v8::Object> error =
      errors::NodeError(isolate, errors::Type::kError, "ERR_FS_EISDIR",
                        "Path is a directory: rm returned EISDIR (is a directory) " + path_);
  // NodeError's stack says "Error [ERR_FS_EISDIR]"; Node's says SystemError.
  error
      ->CreateDataProperty(
          context, text("stack"),
          text("SystemError [ERR_FS_EISDIR]: Path is a directory: rm returned EISDIR "
               "(is a directory) " +
               path_))
      .Check();
  error->DefineOwnProperty(context, text("name"), text("SystemError"), v8::DontEnum).Check();
  v8::Local<v8::Object> info = v8::Object::New(isolate);
  info->CreateDataProperty(context, text("code"), text("EISDIR")).Check();
  info->CreateDataProperty(context, text("message"), text("is a directory")).Check();
  info->CreateDataProperty(context, text("path"), text(path_)).Check();
  info->CreateDataProperty(context, text("syscall"), text("rm")).Check();
  info->CreateDataProperty(context, text("errno"), v8::Integer::New(isolate, -UV_EISDIR)).Check();
  error->CreateDataProperty(context, text("info"), info).Check();
  error->CreateDataProperty(context, text("errno"), v8::Integer::New(isolate, -UV_EISDIR)).Check();
  error->CreateDataProperty(context, text("syscall"), text("rm")).Check();
  error->CreateDataProperty(context, text("path"), text(path_)).Check();
  return Outcome::Failure(error);
}

// ---- unlink, rmdir, rename, access, close ----

void SimpleFsJob::Run() {
  FsCall call;
  const char* path = path_.c_str();
  switch (call_) {
    case Call::kUnlink:
      errors::Failed(error_, uv_fs_unlink(nullptr, &call.req, path, nullptr), "unlink", path_);
      return;
    case Call::kRmdir:
      errors::Failed(error_, uv_fs_rmdir(nullptr, &call.req, path, nullptr), "rmdir", path_);
      return;
    case Call::kRename:
      errors::Failed(error_, uv_fs_rename(nullptr, &call.req, path, dest_.c_str(), nullptr),
                     "rename", path_, dest_);
      return;
    case Call::kAccess:
      errors::Failed(error_, uv_fs_access(nullptr, &call.req, path, number_, nullptr), "access",
                     path_);
      return;
    case Call::kClose:
      errors::Failed(error_, uv_fs_close(nullptr, &call.req, number_, nullptr), "close");
      return;
  }
}

std::string SimpleFsJob::Describe() const {
  switch (call_) {
    case Call::kUnlink:
      return "unlink " + Quoted(path_);
    case Call::kRmdir:
      return "rmdir " + Quoted(path_);
    case Call::kRename:
      return "rename " + Quoted(path_) + " -> " + Quoted(dest_);
    case Call::kAccess:
      return "access " + Quoted(path_);
    case Call::kClose:
      return "close fd " + std::to_string(number_);
  }
  return "";
}

// ---- open ----

OpenJob::~OpenJob() {
  // Opened, but the program ended before anyone got the descriptor.
  if (fd_ >= 0 && !delivered_) {
    FsCall close;
    uv_fs_close(nullptr, &close.req, fd_, nullptr);
  }
}

void OpenJob::Run() {
  FsCall call;
  int result = uv_fs_open(nullptr, &call.req, path_.c_str(), flags_, mode_, nullptr);
  if (!errors::Failed(error_, result, "open", path_)) fd_ = result;
}

Outcome OpenJob::Result(v8::Local<v8::Context> context) {
  delivered_ = true;
  if (handles_ != nullptr) return Outcome::Success(handles_->New(context, fd_));
  return Outcome::Success(v8::Integer::New(context->GetIsolate(), fd_));
}

// ---- read, write ----

void ReadWriteJob::Run() {
  FsCall call;
  uv_buf_t buffer = Buffer(bytes_.data(), bytes_.size());
  if (direction_ == Direction::kRead) {
    done_ = uv_fs_read(nullptr, &call.req, fd_, &buffer, 1, position_, nullptr);
    if (errors::Failed(error_, static_cast<int>(done_), "read")) done_ = 0;
  } else {
    FlushIfStdio(fd_);
    done_ = uv_fs_write(nullptr, &call.req, fd_, &buffer, 1, position_, nullptr);
    if (errors::Failed(error_, static_cast<int>(done_), "write")) done_ = 0;
  }
}

std::string ReadWriteJob::Describe() const {
  return std::string(direction_ == Direction::kRead ? "read" : "write") + " fd " +
         std::to_string(fd_) + " (" + std::to_string(bytes_.size()) + " bytes)";
}

Outcome ReadWriteJob::Result(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Value> count = v8::Number::New(isolate, static_cast<double>(done_));
  v8::Local<v8::Value> buffer = buffer_.Get(isolate);
  Outcome outcome;
  outcome.values = {count, buffer};
  // The promise form resolves to { bytesRead, buffer } or { bytesWritten,
  // buffer }, objects with a null prototype, as Node's.
  const char* key = direction_ == Direction::kRead ? "bytesRead" : "bytesWritten";
  v8::Local<v8::Name> names[] = {engine::ToV8String(isolate, key),
                                 engine::ToV8String(isolate, "buffer")};
  v8::Local<v8::Value> values[] = {count, buffer};
  outcome.promise_value = v8::Object::New(isolate, v8::Null(isolate), names, values, 2);
  return outcome;
}

}  // namespace pool
