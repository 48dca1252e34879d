/// \file
/// One file system call, in the three forms of Node's fs binding, and the
/// request wrap that carries it while libuv runs it. (Node: FSReqCallback,
/// FSReqPromise and SyncCall in src/node_file.h.)
///
/// The last argument of every native picks the form:
///
///     undefined           synchronous: uv_fs_*(loop, &req, ..., NULL) makes
///                         the system call here and now; the result is
///                         returned, a failure thrown (UvException)
///     an FSReqCallback    queued: libuv runs the call on a worker of its
///                         pool; back on the loop, req.oncomplete(err) or
///                         req.oncomplete(null, result)
///     kUsePromises        queued the same way; the native returns a promise,
///                         settled from the loop
///
/// A queued call is an FsReq, a ReqWrap<uv_fs_t> (req_wrap.h): strong while
/// libuv owns it, deleted after it has completed. A promise call gets a
/// request object too, made here: its `oncomplete` is a native function that
/// settles the promise, so both queued forms end through the same
/// MakeCallback (Node has a separate class for each). Unlike a socket's
/// request, a file request is not cancelled by closing a handle: if the
/// program ends while one is running, the realm cancels it (if it has not
/// started) or waits for it.
///
/// What a call produces is written down before it starts (FsCall::result),
/// and one function turns the finished uv_fs_t into that JS value for all
/// three forms (fs_results.cc).
#pragma once

#include <uv.h>
#include <v8.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "fs/fs_binding.h"
#include "node_errors.h"
#include "realm.h"
#include "req_wrap.h"
#include "support/uv_errors.h"

namespace bindings {
namespace fs {

/// How the caller wants the answer (the last argument).
enum class FsForm { kSync, kCallback, kPromise };

/// What a finished call hands back.
enum class FsResult {
  kNone,           ///< close, unlink, rename, ...: nothing
  kNumber,         ///< open, read, write: the uv result (an fd, a byte count)
  kStats,          ///< stat, lstat, fstat: the 18 numbers
  kPtrPath,        ///< realpath, readlink: the string libuv allocated (req->ptr)
  kTemplatePath,   ///< mkdtemp: the template, its XXXXXX filled in (req->path)
  kNames,          ///< readdir: the names
  kNamesAndTypes,  ///< readdir withFileTypes: [names, uv_dirent types]
  kFirstCreated,   ///< mkdir recursive: the topmost directory made, or undefined
};

/// Everything about one call except the libuv function itself.
struct FsCall {
  explicit FsCall(const char* syscall, std::string path = "", std::string dest = "")
      : syscall(syscall), path(std::move(path)), dest(std::move(dest)) {}

  const char* syscall;  ///< for errors: "open", "scandir", "copyfile"
  std::string path;     ///< for errors; empty for calls on a descriptor
  std::string dest;     ///< the second path (rename, link, symlink, copyfile)
  FsResult result = FsResult::kNone;
  std::optional<pool::Encoding> encoding = pool::Encoding::kUtf8;  ///< of paths; nullopt: Buffers
  bool bigint = false;                                             ///< stats as BigInts
  bool fresh = false;                 ///< stats in a new array (set for promises)
  std::shared_ptr<void> keep_alive;   ///< the memory a worker reads or writes
  std::string first_created;          ///< kFirstCreated: filled by the call
  bool missing_is_undefined = false;  ///< sync stat: ENOENT, ENOTDIR answer undefined
};

/// The value a finished call produces (fs_results.cc). Empty after throwing.
v8::MaybeLocal<v8::Value> ResultOf(Realm& realm, uv_fs_t* request, FsCall& call);

/// Reads the last argument: undefined, an FSReqCallback not in use, or
/// kUsePromises. False after throwing.
bool ValidateRequest(const v8::FunctionCallbackInfo<v8::Value>& info, int index, FsForm* form);

/// One queued file system call.
class FsReq : public ReqWrap<uv_fs_t> {
 public:
  FsReq(Realm& realm, v8::Local<v8::Object> object, FsCall call);
  ~FsReq() override;

  FsCall& call() { return call_; }

  /// libuv's callback for a uv_fs_* call.
  static void AfterFs(uv_fs_t* request);

  /// Runs `job` on a worker (uv_queue_work) instead of one uv_fs_* call: for
  /// a call that is several system calls (mkdir -p). Its return value is the
  /// call's result. Returns 0, or the uv error if libuv refused.
  int QueueWork(std::function<int()> job);

  /// The realm ends while libuv runs this request on a worker: cancelled,
  /// or waited for (ReqWrap::CancelAndWait).
  void OnRealmTeardown() override;

 private:
  /// The call ended with `result` (>= 0, or a uv error): tell JavaScript.
  void Finish(ssize_t result);
  /// For --trace-loop: "fs read done: 1234 bytes".
  std::string TraceDone(ssize_t result) const;

  FsCall call_;
  uv_req_t* in_flight_;       ///< what libuv runs: request(), or work_
  uv_work_t work_;            ///< for QueueWork
  std::function<int()> job_;  ///< for QueueWork
  int job_result_ = 0;
};

/// FSReqCallback's constructor: `new FSReqCallback(bigint)`. Node keeps the
/// flag in the C++ request the constructor makes; here the C++ side is made
/// only when a call is dispatched, so the flag waits in a second internal
/// field.
void NewFsReqCallback(const v8::FunctionCallbackInfo<v8::Value>& info);
constexpr int kFsReqCallbackFieldCount = BaseObject::kInternalFieldCount + 1;

/// The request object and the promise of a kUsePromises call.
v8::Local<v8::Object> NewPromiseRequest(Realm& realm, v8::Local<v8::Promise>* promise);

/// Whether an FSReqCallback was made with `new FSReqCallback(true)`.
bool WantsBigint(v8::Local<v8::Object> req);

/// The answer of a synchronous call that failed with `err`: thrown, or, when
/// the caller passed a `ctx` object (Node 20's writeBuffer and writeString
/// take one), written into it as { errno, syscall } and returned.
void SyncFailure(const v8::FunctionCallbackInfo<v8::Value>& info, int err, const FsCall& call,
                 v8::Local<v8::Value> ctx);

/// --trace-loop: "[pool] fs open 'a.txt' queued on libuv's pool" (io_trace.h).
void TraceQueued(Realm& realm, const char* syscall, const std::string& path);

/// Runs one call in `form`. `start(loop, req, cb)` is the uv_fs_* call with
/// everything but the loop, the request and the callback already bound; the
/// form decides those: (loop, a request on the stack, NULL) runs it here and
/// now, (loop, the FsReq's request, AfterFs) queues it. `ctx` is the
/// optional error object of a synchronous write.
template <typename Start>
void Dispatch(const v8::FunctionCallbackInfo<v8::Value>& info, FsForm form, int req_index,
              FsCall call, Start start, v8::Local<v8::Value> ctx = {}) {
  v8::Isolate* isolate = info.GetIsolate();
  Realm& realm = Realm::GetCurrent(info);
  if (form == FsForm::kSync) {
    uv_fs_t request;
    int err = start(realm.uv_loop(), &request, nullptr);
    v8::Local<v8::Value> value;
    if (err < 0) {
      SyncFailure(info, err, call, ctx);
    } else if (ResultOf(realm, &request, call).ToLocal(&value)) {
      info.GetReturnValue().Set(value);
    }
    uv_fs_req_cleanup(&request);
    return;
  }
  v8::Local<v8::Object> object;
  v8::Local<v8::Promise> promise;
  if (form == FsForm::kPromise) {
    object = NewPromiseRequest(realm, &promise);
    call.fresh = true;
  } else {
    object = info[req_index].As<v8::Object>();
    // Node picks the shared array by the request's own flag.
    if (call.result == FsResult::kStats) call.bigint = WantsBigint(object);
  }
  FsReq* wrap = new FsReq(realm, object, std::move(call));
  FsCall& queued = wrap->call();
  const char* syscall = queued.syscall;
  std::string path = queued.path, dest = queued.dest;
  int err = wrap->Dispatched(start(realm.uv_loop(), wrap->request(), FsReq::AfterFs));
  if (err == 0) TraceQueued(realm, syscall, path);
  // libuv refused the request itself (it does not, for arguments checked as
  // here): there will be no callback, so the failure is thrown now.
  if (err < 0) {
    isolate->ThrowException(errors::UvException(isolate, err, syscall, path, dest));
    return;
  }
  if (form == FsForm::kPromise) info.GetReturnValue().Set(promise);
}

}  // namespace fs
}  // namespace bindings
