/// \file
/// The fs natives that name a file by its path.
///
///     stat(path, useBigint, req, throwIfNoEntry)   lstat(...)   -> the stat array
///     readdir(path, encoding, withFileTypes, req)  -> names, or [names, types]
///     mkdir(path, mode, recursive, req)            -> recursive: the first directory made
///     rmdir(path, req)   unlink(path, req)   rename(from, to, req)
///     access(path, mode, req)                      existsSync(path) -> boolean
///     realpath(path, encoding, req)   readlink(path, encoding, req)   -> a path
///     symlink(target, path, flags, req)   link(existing, new, req)
///     copyFile(from, to, mode, req)
///     utimes(path, atime, mtime, req)   lutimes(path, atime, mtime, req)
///     chmod(path, mode, req)   chown(path, uid, gid, req)   lchown(path, uid, gid, req)
///     mkdtemp(prefix, encoding, req)               -> prefix + six random characters
///
/// `req` is undefined, an FSReqCallback or kUsePromises (fs_requests.h).
/// Paths are strings or Buffers. An error names the system call as Node
/// does, which is not always the native's name: readdir fails as `scandir`,
/// utimes as `utime`, copyFile as `copyfile`.
#include <uv.h>

#include <string>

#include "fs/fs_requests.h"
#include "support/validate.h"

namespace bindings {
namespace fs {
namespace {

// The calls that take a path and nothing else: rmdir, unlink.
using PathOnly = int (*)(uv_loop_t*, uv_fs_t*, const char*, uv_fs_cb);
template <PathOnly kCall>
void PathCall(const v8::FunctionCallbackInfo<v8::Value>& info, const char* syscall) {
  std::string path;
  FsForm form;
  if (!ValidateFsPath(info.GetIsolate(), info[0], "path", &path) ||
      !ValidateRequest(info, 1, &form))
    return;
  Dispatch(info, form, 1, FsCall(syscall, path), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return kCall(loop, req, path.c_str(), cb);
  });
}

// The calls from one path to another: rename, link.
using TwoPaths = int (*)(uv_loop_t*, uv_fs_t*, const char*, const char*, uv_fs_cb);
template <TwoPaths kCall>
void TwoPathCall(const v8::FunctionCallbackInfo<v8::Value>& info, const char* syscall) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string from, to;
  FsForm form;
  if (!ValidateFsPath(isolate, info[0], "src", &from) ||
      !ValidateFsPath(isolate, info[1], "dest", &to) || !ValidateRequest(info, 2, &form)) {
    return;
  }
  Dispatch(info, form, 2, FsCall(syscall, from, to),
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return kCall(loop, req, from.c_str(), to.c_str(), cb);
           });
}

// stat and lstat. The synchronous form given throwIfNoEntry === false
// answers undefined for a path that is not there, as fs.statSync(path,
// { throwIfNoEntry: false }) does, instead of making an Error to throw away.
using StatLike = int (*)(uv_loop_t*, uv_fs_t*, const char*, uv_fs_cb);
template <StatLike kCall>
void StatCall(const v8::FunctionCallbackInfo<v8::Value>& info, const char* syscall) {
  std::string path;
  FsForm form;
  if (!ValidateFsPath(info.GetIsolate(), info[0], "path", &path) ||
      !ValidateRequest(info, 2, &form))
    return;
  FsCall call{syscall, path};
  call.result = FsResult::kStats;
  call.bigint = info[1]->IsTrue();
  call.missing_is_undefined = form == FsForm::kSync && info[3]->IsFalse();
  Dispatch(info, form, 2, std::move(call), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return kCall(loop, req, path.c_str(), cb);
  });
}

// utimes and lutimes.
using UtimeLike = int (*)(uv_loop_t*, uv_fs_t*, const char*, double, double, uv_fs_cb);
template <UtimeLike kCall>
void UtimeCall(const v8::FunctionCallbackInfo<v8::Value>& info, const char* syscall) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string path;
  double atime, mtime;
  FsForm form;
  if (!ValidateFsPath(isolate, info[0], "path", &path) ||
      !ValidateTime(isolate, info[1], "atime", &atime) ||
      !ValidateTime(isolate, info[2], "mtime", &mtime) || !ValidateRequest(info, 3, &form)) {
    return;
  }
  Dispatch(info, form, 3, FsCall(syscall, path), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return kCall(loop, req, path.c_str(), atime, mtime, cb);
  });
}

// chown and lchown.
using ChownLike = int (*)(uv_loop_t*, uv_fs_t*, const char*, uv_uid_t, uv_gid_t, uv_fs_cb);
template <ChownLike kCall>
void ChownCall(const v8::FunctionCallbackInfo<v8::Value>& info, const char* syscall) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string path;
  int64_t uid, gid;
  FsForm form;
  if (!ValidateFsPath(isolate, info[0], "path", &path) ||
      !ValidateId(isolate, info[1], "uid", &uid) || !ValidateId(isolate, info[2], "gid", &gid) ||
      !ValidateRequest(info, 3, &form)) {
    return;
  }
  Dispatch(info, form, 3, FsCall(syscall, path), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return kCall(loop, req, path.c_str(), static_cast<uv_uid_t>(uid), static_cast<uv_gid_t>(gid),
                 cb);
  });
}

// realpath and readlink: a path in, a path out in the asked encoding.
using PathOut = int (*)(uv_loop_t*, uv_fs_t*, const char*, uv_fs_cb);
template <PathOut kCall>
void PathOutCall(const v8::FunctionCallbackInfo<v8::Value>& info, const char* syscall) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string path;
  FsCall call{syscall};
  FsForm form;
  if (!ValidateFsPath(isolate, info[0], "path", &path) ||
      !ValidateFsEncoding(isolate, info[1], &call.encoding) || !ValidateRequest(info, 2, &form)) {
    return;
  }
  call.path = path;
  call.result = FsResult::kPtrPath;
  Dispatch(info, form, 2, std::move(call), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return kCall(loop, req, path.c_str(), cb);
  });
}

}  // namespace

void Stat(const v8::FunctionCallbackInfo<v8::Value>& info) { StatCall<uv_fs_stat>(info, "stat"); }
void LStat(const v8::FunctionCallbackInfo<v8::Value>& info) {
  StatCall<uv_fs_lstat>(info, "lstat");
}
void RmDir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  PathCall<uv_fs_rmdir>(info, "rmdir");
}
void Unlink(const v8::FunctionCallbackInfo<v8::Value>& info) {
  PathCall<uv_fs_unlink>(info, "unlink");
}
void Rename(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TwoPathCall<uv_fs_rename>(info, "rename");
}
void Link(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TwoPathCall<uv_fs_link>(info, "link");
}
void UTimes(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UtimeCall<uv_fs_utime>(info, "utime");
}
void LUTimes(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UtimeCall<uv_fs_lutime>(info, "lutime");
}
void Chown(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ChownCall<uv_fs_chown>(info, "chown");
}
void LChown(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ChownCall<uv_fs_lchown>(info, "lchown");
}
void RealPath(const v8::FunctionCallbackInfo<v8::Value>& info) {
  PathOutCall<uv_fs_realpath>(info, "realpath");
}
void ReadLink(const v8::FunctionCallbackInfo<v8::Value>& info) {
  PathOutCall<uv_fs_readlink>(info, "readlink");
}

void ReadDir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string path;
  FsCall call{"scandir"};
  FsForm form;
  if (!ValidateFsPath(isolate, info[0], "path", &path) ||
      !ValidateFsEncoding(isolate, info[1], &call.encoding) || !ValidateRequest(info, 3, &form)) {
    return;
  }
  call.path = path;
  call.result = info[2]->IsTrue() ? FsResult::kNamesAndTypes : FsResult::kNames;
  Dispatch(info, form, 3, std::move(call), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_scandir(loop, req, path.c_str(), 0, cb);
  });
}

void MkDir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string path;
  int mode;
  FsForm form;
  if (!ValidateFsPath(isolate, info[0], "path", &path) ||
      !ValidateMode(isolate, info[1], "mode", &mode) || !ValidateRequest(info, 3, &form)) {
    return;
  }
  FsCall call{"mkdir", path};
  if (!info[2]->IsTrue()) {
    Dispatch(info, form, 3, std::move(call), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
      return uv_fs_mkdir(loop, req, path.c_str(), mode, cb);
    });
    return;
  }
  // Recursive: several system calls (fs_mkdirp.cc), run here or on a worker.
  call.result = FsResult::kFirstCreated;
  Realm& realm = Realm::GetCurrent(info);
  if (form == FsForm::kSync) {
    int err = MakeDirectories(path, mode, &call.first_created);
    v8::Local<v8::Value> value;
    if (err < 0) {
      SyncFailure(info, err, call, {});
    } else if (ResultOf(realm, nullptr, call).ToLocal(&value)) {
      info.GetReturnValue().Set(value);
    }
    return;
  }
  v8::Local<v8::Object> object;
  v8::Local<v8::Promise> promise;
  if (form == FsForm::kPromise) {
    object = NewPromiseRequest(realm, &promise);
  } else {
    object = info[3].As<v8::Object>();
  }
  FsReq* wrap = new FsReq(realm, object, std::move(call));
  std::string* first_created = &wrap->call().first_created;
  int err = wrap->QueueWork(
      [path, mode, first_created] { return MakeDirectories(path, mode, first_created); });
  if (err < 0) {
    isolate->ThrowException(errors::UvException(isolate, err, "mkdir", path));
  } else if (form == FsForm::kPromise) {
    info.GetReturnValue().Set(promise);
  }
}

void Access(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string path;
  int64_t mode;
  FsForm form;
  if (!ValidateFsPath(isolate, info[0], "path", &path) ||
      !pool::ValidateInteger(isolate, info[1], "mode", 0, 7, &mode) ||
      !ValidateRequest(info, 2, &form)) {
    return;
  }
  Dispatch(info, form, 2, FsCall("access", path), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_access(loop, req, path.c_str(), static_cast<int>(mode), cb);
  });
}

// Synchronous only, and never throws for a file that is not there: any
// failure is `false`, as in Node.
void ExistsSync(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::string path;
  if (!ValidateFsPath(info.GetIsolate(), info[0], "path", &path)) return;
  uv_fs_t request;
  int err = uv_fs_access(nullptr, &request, path.c_str(), F_OK, nullptr);
  uv_fs_req_cleanup(&request);
  info.GetReturnValue().Set(err == 0);
}

void Symlink(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string target, path;
  int64_t flags;
  FsForm form;
  if (!ValidateFsPath(isolate, info[0], "target", &target) ||
      !ValidateFsPath(isolate, info[1], "path", &path) ||
      !pool::ValidateInteger(isolate, info[2], "flags", 0, INT32_MAX, &flags) ||
      !ValidateRequest(info, 3, &form)) {
    return;
  }
  Dispatch(info, form, 3, FsCall("symlink", target, path),
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_symlink(loop, req, target.c_str(), path.c_str(), static_cast<int>(flags),
                                  cb);
           });
}

void CopyFile(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string from, to;
  int64_t mode;
  FsForm form;
  if (!ValidateFsPath(isolate, info[0], "src", &from) ||
      !ValidateFsPath(isolate, info[1], "dest", &to) ||
      !pool::ValidateInteger(isolate, info[2], "mode", 0, 7, &mode) ||
      !ValidateRequest(info, 3, &form)) {
    return;
  }
  Dispatch(info, form, 3, FsCall("copyfile", from, to),
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_copyfile(loop, req, from.c_str(), to.c_str(), static_cast<int>(mode), cb);
           });
}

void Chmod(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string path;
  int mode;
  FsForm form;
  if (!ValidateFsPath(isolate, info[0], "path", &path) ||
      !ValidateMode(isolate, info[1], "mode", &mode) || !ValidateRequest(info, 2, &form)) {
    return;
  }
  Dispatch(info, form, 2, FsCall("chmod", path), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_chmod(loop, req, path.c_str(), mode, cb);
  });
}

void MkdTemp(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string prefix;
  FsCall call{"mkdtemp"};
  FsForm form;
  if (!ValidateFsPath(isolate, info[0], "prefix", &prefix) ||
      !ValidateFsEncoding(isolate, info[1], &call.encoding) || !ValidateRequest(info, 2, &form)) {
    return;
  }
  // libuv fills in the six X's; an error names the template, as Node's does.
  call.path = prefix + "XXXXXX";
  call.result = FsResult::kTemplatePath;
  std::string tmpl = call.path;
  Dispatch(info, form, 2, std::move(call), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_mkdtemp(loop, req, tmpl.c_str(), cb);
  });
}

}  // namespace fs
}  // namespace bindings
