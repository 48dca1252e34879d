/// \file
/// The fs natives that work on an open file descriptor: open and close,
/// reads and writes, fstat, and the calls that change an open file.
///
///     open(path, flags, mode, req)                           -> fd
///     close(fd, req)
///     read(fd, buffer, offset, length, position, req)        -> bytes read
///     writeBuffer(fd, buffer, offset, length, position, req, ctx) -> bytes written
///     writeBuffers(fd, buffers, position, req)               -> bytes written
///     writeString(fd, string, position, encoding, req, ctx)  -> bytes written
///     fstat(fd, useBigint, req)                              -> the stat array
///     ftruncate(fd, length, req)   fsync(fd, req)   fdatasync(fd, req)
///     futimes(fd, atime, mtime, req)   fchmod(fd, mode, req)   fchown(fd, uid, gid, req)
///
/// `req` is undefined, an FSReqCallback or kUsePromises (fs_requests.h). A
/// position of null or -1 means "where the file stands". The synchronous
/// writes take one more argument, as in Node 20: given a `ctx` object, a
/// failure is written into it and returned instead of thrown.
///
/// A worker reads into (or writes from) the caller's memory while the loop
/// runs on: the request keeps that memory alive (FsCall::keep_alive) until
/// it completes, whatever the script does with its Buffer meanwhile.
#include <fcntl.h>
#include <uv.h>

#include <memory>
#include <string>
#include <vector>

#include "arguments.h"
#include "buffer/buffer.h"
#include "fs/fs_requests.h"

namespace bindings {
namespace fs {
namespace {

/// The bytes [offset, offset + length) of a buffer argument at `index`.
bool ArgRange(v8::Isolate* isolate, const v8::FunctionCallbackInfo<v8::Value>& info, int index,
              v8::Local<v8::ArrayBufferView>* view, uv_buf_t* buf) {
  int64_t offset, length;
  if (!ArgBytes(isolate, info[index], "buffer", view)) return false;
  const int64_t size = static_cast<int64_t>((*view)->ByteLength());
  if (!ArgInteger(isolate, info[index + 1], "offset", 0, size, &offset) ||
      !ArgInteger(isolate, info[index + 2], "length", 0, size - offset, &length)) {
    return false;
  }
  ByteSpan bytes = BytesOf(*view);
  *buf = uv_buf_init(reinterpret_cast<char*>(bytes.data) + offset, static_cast<unsigned>(length));
  return true;
}

// The calls that take a descriptor and nothing else: close, fsync, fdatasync.
using FdOnly = int (*)(uv_loop_t*, uv_fs_t*, uv_file, uv_fs_cb);
template <FdOnly kCall>
void FdCall(const v8::FunctionCallbackInfo<v8::Value>& info, const char* syscall) {
  uv_file fd;
  FsForm form;
  if (!ArgFd(info.GetIsolate(), info[0], &fd) || !ArgRequest(info, 1, &form)) return;
  Dispatch(info, form, 1, FsCall(syscall),
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) { return kCall(loop, req, fd, cb); });
}

}  // namespace

void Open(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string path;
  int64_t flags;
  int mode;
  FsForm form;
  if (!ArgPath(isolate, info[0], "path", &path) ||
      !ArgInteger(isolate, info[1], "flags", INT32_MIN, INT32_MAX, &flags) ||
      !ArgMode(isolate, info[2], "mode", &mode) || !ArgRequest(info, 3, &form)) {
    return;
  }
  FsCall call{"open", path};
  call.result = FsResult::kNumber;
  Dispatch(info, form, 3, std::move(call), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_open(loop, req, path.c_str(), static_cast<int>(flags), mode, cb);
  });
}

void Close(const v8::FunctionCallbackInfo<v8::Value>& info) { FdCall<uv_fs_close>(info, "close"); }
void FSync(const v8::FunctionCallbackInfo<v8::Value>& info) { FdCall<uv_fs_fsync>(info, "fsync"); }
void FDataSync(const v8::FunctionCallbackInfo<v8::Value>& info) {
  FdCall<uv_fs_fdatasync>(info, "fdatasync");
}

void Read(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uv_file fd;
  v8::Local<v8::ArrayBufferView> view;
  uv_buf_t buf;
  int64_t position;
  FsForm form;
  if (!ArgFd(isolate, info[0], &fd) || !ArgRange(isolate, info, 1, &view, &buf) ||
      !ArgPosition(isolate, info[4], &position) || !ArgRequest(info, 5, &form)) {
    return;
  }
  FsCall call{"read"};
  call.result = FsResult::kNumber;
  call.keep_alive = view->Buffer()->GetBackingStore();
  Dispatch(info, form, 5, std::move(call), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_read(loop, req, fd, &buf, 1, position, cb);
  });
}

void WriteBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uv_file fd;
  v8::Local<v8::ArrayBufferView> view;
  uv_buf_t buf;
  int64_t position;
  FsForm form;
  if (!ArgFd(isolate, info[0], &fd) || !ArgRange(isolate, info, 1, &view, &buf) ||
      !ArgPosition(isolate, info[4], &position) || !ArgRequest(info, 5, &form)) {
    return;
  }
  FsCall call{"write"};
  call.result = FsResult::kNumber;
  call.keep_alive = view->Buffer()->GetBackingStore();
  Dispatch(
      info, form, 5, std::move(call),
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        return uv_fs_write(loop, req, fd, &buf, 1, position, cb);
      },
      info[6]);
}

void WriteBuffers(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  uv_file fd;
  int64_t position;
  FsForm form;
  if (!ArgFd(isolate, info[0], &fd)) return;
  if (!info[1]->IsArray()) {
    ThrowInvalidArgType(isolate, "buffers", "be an instance of Array", info[1]);
    return;
  }
  v8::Local<v8::Array> array = info[1].As<v8::Array>();
  std::vector<uv_buf_t> bufs;
  auto stores = std::make_shared<std::vector<std::shared_ptr<v8::BackingStore>>>();
  for (uint32_t i = 0; i < array->Length(); i++) {
    v8::Local<v8::Value> element;
    v8::Local<v8::ArrayBufferView> view;
    const std::string name = "buffers[" + std::to_string(i) + "]";
    if (!array->Get(context, i).ToLocal(&element) ||
        !ArgBytes(isolate, element, name.c_str(), &view)) {
      return;
    }
    ByteSpan bytes = BytesOf(view);
    bufs.push_back(uv_buf_init(reinterpret_cast<char*>(bytes.data), bytes.size));
    stores->push_back(view->Buffer()->GetBackingStore());
  }
  if (!ArgPosition(isolate, info[2], &position) || !ArgRequest(info, 3, &form)) return;
  FsCall call{"write"};
  call.result = FsResult::kNumber;
  call.keep_alive = stores;
  // libuv copies the uv_buf_t array itself, so `bufs` may go with this call.
  Dispatch(info, form, 3, std::move(call), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_write(loop, req, fd, bufs.data(), static_cast<unsigned>(bufs.size()), position,
                       cb);
  });
}

void WriteString(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uv_file fd;
  int64_t position;
  FsForm form;
  if (!ArgFd(isolate, info[0], &fd)) return;
  if (!info[1]->IsString()) {
    ThrowInvalidArgType(isolate, "buffer", "be of type string", info[1]);
    return;
  }
  std::optional<Encoding> encoding;
  if (!ArgPosition(isolate, info[2], &position) || !ArgEncoding(isolate, info[3], &encoding) ||
      !ArgRequest(info, 4, &form)) {
    return;
  }
  if (!encoding) encoding = Encoding::kUtf8;  // 'buffer' is no encoding for a string
  // The worker writes from a copy in the chosen encoding, kept by the request.
  v8::Local<v8::String> text = info[1].As<v8::String>();
  auto bytes = std::make_shared<std::string>(StringByteLength(isolate, text, *encoding), '\0');
  bytes->resize(bindings::WriteString(isolate, text, *encoding,
                                      reinterpret_cast<uint8_t*>(bytes->data()), bytes->size()));
  uv_buf_t buf = uv_buf_init(bytes->data(), static_cast<unsigned>(bytes->size()));
  FsCall call{"write"};
  call.result = FsResult::kNumber;
  call.keep_alive = bytes;
  Dispatch(
      info, form, 4, std::move(call),
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        return uv_fs_write(loop, req, fd, &buf, 1, position, cb);
      },
      info[5]);
}

void FStat(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uv_file fd;
  FsForm form;
  if (!ArgFd(info.GetIsolate(), info[0], &fd) || !ArgRequest(info, 2, &form)) return;
  FsCall call{"fstat"};
  call.result = FsResult::kStats;
  call.bigint = info[1]->IsTrue();
  Dispatch(info, form, 2, std::move(call), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_fstat(loop, req, fd, cb);
  });
}

void FTruncate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uv_file fd;
  int64_t length;
  FsForm form;
  if (!ArgFd(isolate, info[0], &fd) ||
      !ArgInteger(isolate, info[1], "len", 0, INT64_C(9007199254740991), &length) ||
      !ArgRequest(info, 2, &form)) {
    return;
  }
  Dispatch(info, form, 2, FsCall("ftruncate"), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_ftruncate(loop, req, fd, length, cb);
  });
}

void FUTimes(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uv_file fd;
  double atime, mtime;
  FsForm form;
  if (!ArgFd(isolate, info[0], &fd) || !ArgTime(isolate, info[1], "atime", &atime) ||
      !ArgTime(isolate, info[2], "mtime", &mtime) || !ArgRequest(info, 3, &form)) {
    return;
  }
  Dispatch(info, form, 3, FsCall("futime"), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_futime(loop, req, fd, atime, mtime, cb);
  });
}

void FChmod(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uv_file fd;
  int mode;
  FsForm form;
  if (!ArgFd(isolate, info[0], &fd) || !ArgMode(isolate, info[1], "mode", &mode) ||
      !ArgRequest(info, 2, &form)) {
    return;
  }
  Dispatch(info, form, 2, FsCall("fchmod"), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_fchmod(loop, req, fd, mode, cb);
  });
}

void FChown(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uv_file fd;
  int64_t uid, gid;
  FsForm form;
  if (!ArgFd(isolate, info[0], &fd) || !ArgId(isolate, info[1], "uid", &uid) ||
      !ArgId(isolate, info[2], "gid", &gid) || !ArgRequest(info, 3, &form)) {
    return;
  }
  Dispatch(info, form, 3, FsCall("fchown"), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_fchown(loop, req, fd, static_cast<uv_uid_t>(uid), static_cast<uv_gid_t>(gid), cb);
  });
}

}  // namespace fs
}  // namespace bindings
