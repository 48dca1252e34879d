/// \file
/// The `fs_req_wrap` binding: file system calls as request wraps, in the raw
/// shape of Node's own fs binding (src/node_file.cc, FSReqCallback).
///
/// Stage 03's `fs` runs each operation as a Job on the thread pool and hands
/// back a ready-made result. Node's binding underneath lib/fs.js is lower
/// level: one native per system call, and a request object per call:
///
///     const req = new FSReqCallback();
///     req.oncomplete = (err, fd) => ...;     err: an Error, or null
///     open('a.txt', O_RDONLY, 0o666, req);   queued: uv_fs_open on the pool
///
///     const fd = open('a.txt', O_RDONLY, 0o666);   no req: done here, now;
///                                                  a failure is thrown
///
/// Each call with a request is a ReqWrap<uv_fs_t> (req_wrap.h): libuv runs the
/// system call on one of its workers (the same pool as stage 03's jobs) and
/// calls back on the loop thread, where oncomplete gets the result. Unlike a
/// socket's request, a file request is not cancelled by closing a handle: if
/// the program ends while one is running, the realm waits for it.
///
///     open(path, flags, mode[, req])                          -> fd
///     close(fd[, req])
///     read(fd, buffer, offset, length, position[, req])       -> bytes read
///     writeBuffer(fd, buffer, offset, length, position[, req]) -> bytes written
///     writeString(fd, string, position, encoding[, req])      -> bytes written
///     unlink(path[, req])
///
/// A position of null or -1 means "the file's current position".
#include <fcntl.h>
#include <uv.h>
#include <v8.h>

#include <cstdint>
#include <memory>
#include <string>
#include <utility>

#include "binding_registry.h"
#include "buffer/buffer.h"
#include "node_errors.h"
#include "realm.h"
#include "req_wrap.h"
#include "support/encoding.h"
#include "support/uv_errors.h"
#include "support/validate.h"

namespace bindings {
namespace {

class FsReqData : public BindingData {
 public:
  static constexpr const char* kBindingName = "fs_req_wrap";
  explicit FsReqData(Realm& realm) {
    v8::HandleScope handle_scope(realm.isolate());
    request_class.Reset(realm.isolate(), NewRequestClass(realm, "FSReqCallback"));
  }
  v8::Global<v8::FunctionTemplate> request_class;
};

/// One file system request in flight.
class FsReq : public ReqWrap<uv_fs_t> {
 public:
  FsReq(Realm& realm, v8::Local<v8::Object> object, const char* syscall, std::string path,
        bool has_result)
      : ReqWrap(realm, object),
        syscall_(syscall),
        path_(std::move(path)),
        has_result_(has_result) {}
  ~FsReq() override { uv_fs_req_cleanup(request()); }

  /// What the request's bytes belong to (a buffer, an encoded string):
  /// alive until it completes.
  void KeepAlive(std::shared_ptr<void> bytes) { bytes_ = std::move(bytes); }

  static void AfterFs(uv_fs_t* request) {
    FsReq* wrap = From<FsReq>(request);
    if (wrap->finished_ != nullptr) *wrap->finished_ = true;
    v8::Isolate* isolate = wrap->isolate();
    v8::HandleScope handle_scope(isolate);
    ssize_t result = request->result;
    if (result < 0) {
      v8::Local<v8::Value> error =
          errors::UvException(isolate, static_cast<int>(result), wrap->syscall_, wrap->path_);
      wrap->Complete(1, &error);
      return;
    }
    // open() and the reads and writes have a result; close() and unlink() none.
    v8::Local<v8::Value> argv[] = {v8::Null(isolate), v8::Number::New(isolate, result)};
    wrap->Complete(wrap->has_result_ ? 2 : 1, argv);
  }

  /// The realm ends while libuv runs this request on a worker: it cannot be
  /// abandoned there, so ask libuv to cancel it (which works only if it has
  /// not started) and wait for its callback either way.
  void OnRealmTeardown() override {
    uv_loop_t* loop = request()->loop;
    DetachFromRealm();
    bool finished = false;
    finished_ = &finished;
    uv_cancel(reinterpret_cast<uv_req_t*>(request()));
    while (!finished) uv_run(loop, UV_RUN_ONCE);  // the callback frees this object
  }

 private:
  const char* syscall_;
  std::string path_;
  const bool has_result_;  ///< false for close() and unlink()
  std::shared_ptr<void> bytes_;
  bool* finished_ = nullptr;
};

// ---- Arguments ----

/// The request argument: an FSReqCallback (asynchronous), or undefined
/// (synchronous). False after throwing.
bool ValidateRequest(const v8::FunctionCallbackInfo<v8::Value>& info, int index, bool* async) {
  *async = !info[index]->IsUndefined();
  if (!*async) return true;
  Realm& realm = Realm::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  return CheckRequestObject(isolate, realm.binding_data<FsReqData>().request_class.Get(isolate),
                            "FSReqCallback", info[index]);
}

bool ValidateFileDescriptor(v8::Isolate* isolate, v8::Local<v8::Value> value, uv_file* fd) {
  int64_t number;
  if (!pool::ValidateInteger(isolate, value, "fd", 0, INT32_MAX, &number)) return false;
  *fd = static_cast<uv_file>(number);
  return true;
}

/// A file position: an integer, or null or -1 for "where the file stands".
bool ValidatePosition(v8::Isolate* isolate, v8::Local<v8::Value> value, int64_t* position) {
  if (value->IsNullOrUndefined()) {
    *position = -1;
    return true;
  }
  return pool::ValidateInteger(isolate, value, "position", -1, INT64_C(9007199254740991), position);
}

/// The bytes [offset, offset + length) of a buffer argument.
bool ValidateRange(v8::Isolate* isolate, const v8::FunctionCallbackInfo<v8::Value>& info, int index,
                   v8::Local<v8::ArrayBufferView>* view, uv_buf_t* buf) {
  int64_t offset, length;
  if (!pool::ValidateBuffer(isolate, info[index], "buffer", view)) return false;
  const int64_t size = static_cast<int64_t>((*view)->ByteLength());
  if (!pool::ValidateInteger(isolate, info[index + 1], "offset", 0, size, &offset) ||
      !pool::ValidateInteger(isolate, info[index + 2], "length", 0, size - offset, &length)) {
    return false;
  }
  ByteSpan bytes = BytesOf(*view);
  *buf = uv_buf_init(reinterpret_cast<char*>(bytes.data) + offset, static_cast<unsigned>(length));
  return true;
}

// ---- The calls ----

/// What one call is: its system call (for errors), the path it is about,
/// whether it has a result, and what must stay alive while it runs.
struct FsCall {
  const char* syscall;
  std::string path;
  bool has_result;
  std::shared_ptr<void> keep_alive;
};

/// Runs `call` (a uv_fs_* call with the request and the callback still to
/// pass) synchronously or queued, and returns its result in Node's way:
/// synchronously, the value or a thrown error; queued, nothing, and later
/// req.oncomplete.
template <typename Call>
void Dispatch(const v8::FunctionCallbackInfo<v8::Value>& info, bool async, int req_index,
              FsCall what, Call call) {
  v8::Isolate* isolate = info.GetIsolate();
  Realm& realm = Realm::From(info);
  if (!async) {
    uv_fs_t request;
    int result = call(realm.uv_loop(), &request, nullptr);
    uv_fs_req_cleanup(&request);
    if (result < 0) {
      isolate->ThrowException(errors::UvException(isolate, result, what.syscall, what.path));
    } else if (what.has_result) {
      info.GetReturnValue().Set(static_cast<double>(result));
    }
    return;
  }
  FsReq* wrap =
      new FsReq(realm, info[req_index].As<v8::Object>(), what.syscall, what.path, what.has_result);
  wrap->KeepAlive(std::move(what.keep_alive));
  int err = wrap->Dispatched(call(realm.uv_loop(), wrap->request(), FsReq::AfterFs));
  // libuv refused the request itself (it does not, for arguments checked as
  // here): there will be no callback, so the failure is thrown now.
  if (err < 0) isolate->ThrowException(errors::UvException(isolate, err, what.syscall, what.path));
}

void Open(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string path;
  int64_t flags, mode;
  bool async;
  if (!pool::ValidateString(isolate, info[0], "path", &path) ||
      !pool::ValidateInteger(isolate, info[1], "flags", INT32_MIN, INT32_MAX, &flags) ||
      !pool::ValidateInteger(isolate, info[2], "mode", 0, 0xffffffff, &mode) ||
      !ValidateRequest(info, 3, &async)) {
    return;
  }
  Dispatch(info, async, 3, {"open", path, true, nullptr},
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_open(loop, req, path.c_str(), static_cast<int>(flags),
                               static_cast<int>(mode), cb);
           });
}

void Close(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uv_file fd;
  bool async;
  if (!ValidateFileDescriptor(info.GetIsolate(), info[0], &fd) || !ValidateRequest(info, 1, &async))
    return;
  Dispatch(
      info, async, 1, {"close", "", false, nullptr},
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) { return uv_fs_close(loop, req, fd, cb); });
}

void Unlink(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::string path;
  bool async;
  if (!pool::ValidateString(info.GetIsolate(), info[0], "path", &path) ||
      !ValidateRequest(info, 1, &async))
    return;
  Dispatch(info, async, 1, {"unlink", path, false, nullptr},
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_unlink(loop, req, path.c_str(), cb);
           });
}

// read() and writeBuffer(): (fd, buffer, offset, length, position[, req]).
template <bool kWrite>
void ReadOrWrite(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uv_file fd;
  v8::Local<v8::ArrayBufferView> view;
  uv_buf_t buf;
  int64_t position;
  bool async;
  if (!ValidateFileDescriptor(isolate, info[0], &fd) ||
      !ValidateRange(isolate, info, 1, &view, &buf) ||
      !ValidatePosition(isolate, info[4], &position) || !ValidateRequest(info, 5, &async)) {
    return;
  }
  // The worker reads into (or writes from) this memory: keep it alive.
  std::shared_ptr<v8::BackingStore> store = view->Buffer()->GetBackingStore();
  Dispatch(info, async, 5, {kWrite ? "write" : "read", "", true, std::move(store)},
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return kWrite ? uv_fs_write(loop, req, fd, &buf, 1, position, cb)
                           : uv_fs_read(loop, req, fd, &buf, 1, position, cb);
           });
}

// writeString(fd, string, position, encoding[, req])
void WriteStringNative(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uv_file fd;
  int64_t position;
  bool async;
  if (!ValidateFileDescriptor(isolate, info[0], &fd)) return;
  if (!info[1]->IsString()) {
    errors::Throw(isolate, errors::InvalidArgType(isolate, "buffer", "be of type string", info[1]));
    return;
  }
  if (!ValidatePosition(isolate, info[2], &position)) return;
  pool::Encoding encoding = pool::Encoding::kUtf8;
  if (!info[3]->IsUndefined()) {
    std::optional<pool::Encoding> named;
    if (info[3]->IsString()) named = pool::EncodingNamed(isolate, info[3].As<v8::String>());
    if (!named) {
      errors::Throw(isolate,
                    errors::InvalidArgValue(isolate, "encoding", "is invalid encoding", info[3]));
      return;
    }
    encoding = *named;
  }
  if (!ValidateRequest(info, 4, &async)) return;
  v8::Local<v8::String> text = info[1].As<v8::String>();
  auto bytes = std::make_shared<std::string>(pool::StringByteLength(isolate, text, encoding), '\0');
  bytes->resize(pool::WriteString(isolate, text, encoding,
                                  reinterpret_cast<uint8_t*>(bytes->data()), bytes->size()));
  uv_buf_t buf = uv_buf_init(bytes->data(), static_cast<unsigned>(bytes->size()));
  Dispatch(info, async, 4, {"write", "", true, std::move(bytes)},
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_write(loop, req, fd, &buf, 1, position, cb);
           });
}

void InitializeFsReqWrap(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Isolate* isolate = realm.isolate();
  v8::Local<v8::Context> context = realm.context();
  FsReqData& data = realm.binding_data<FsReqData>();
  exports
      ->Set(context, realm.Name("FSReqCallback"),
            data.request_class.Get(isolate)->GetFunction(context).ToLocalChecked())
      .Check();
  realm.SetMethod(exports, "open", Open, 4);
  realm.SetMethod(exports, "close", Close, 2);
  realm.SetMethod(exports, "read", ReadOrWrite<false>, 6);
  realm.SetMethod(exports, "writeBuffer", ReadOrWrite<true>, 6);
  realm.SetMethod(exports, "writeString", WriteStringNative, 5);
  realm.SetMethod(exports, "unlink", Unlink, 2);
}

}  // namespace

BINDING_REGISTER(fs_req_wrap, InitializeFsReqWrap);

}  // namespace bindings
