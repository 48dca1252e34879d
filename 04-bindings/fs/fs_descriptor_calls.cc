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

#include "buffer/buffer.h"
#include "fs/fs_requests.h"
#include "support/validate.h"

namespace bindings {
namespace fs {
namespace {

/// The bytes [offset, offset + length) of a buffer argument at `index`.
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

// The calls that take a descriptor and nothing else: close, fsync, fdatasync.
using FdOnly = int (*)(uv_loop_t*, uv_fs_t*, uv_file, uv_fs_cb);
template <FdOnly kCall>
void FdCall(const v8::FunctionCallbackInfo<v8::Value>& info, const char* syscall) {
  uv_file fd;
  FsForm form;
  if (!ValidateFileDescriptor(info.GetIsolate(), info[0], &fd) || !ValidateRequest(info, 1, &form))
    return;
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
  if (!ValidateFsPath(isolate, info[0], "path", &path) ||
      !pool::ValidateInteger(isolate, info[1], "flags", INT32_MIN, INT32_MAX, &flags) ||
      !ValidateMode(isolate, info[2], "mode", &mode) || !ValidateRequest(info, 3, &form)) {
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
  if (!ValidateFileDescriptor(isolate, info[0], &fd) ||
      !ValidateRange(isolate, info, 1, &view, &buf) ||
      !ValidatePosition(isolate, info[4], &position) || !ValidateRequest(info, 5, &form)) {
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
  if (!ValidateFileDescriptor(isolate, info[0], &fd) ||
      !ValidateRange(isolate, info, 1, &view, &buf) ||
      !ValidatePosition(isolate, info[4], &position) || !ValidateRequest(info, 5, &form)) {
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
  if (!ValidateFileDescriptor(isolate, info[0], &fd)) return;
  if (!info[1]->IsArray()) {
    errors::Throw(isolate,
                  errors::InvalidArgType(isolate, "buffers", "be an instance of Array", info[1]));
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
        !pool::ValidateBuffer(isolate, element, name.c_str(), &view)) {
      return;
    }
    ByteSpan bytes = BytesOf(view);
    bufs.push_back(uv_buf_init(reinterpret_cast<char*>(bytes.data), bytes.size));
    stores->push_back(view->Buffer()->GetBackingStore());
  }
  if (!ValidatePosition(isolate, info[2], &position) || !ValidateRequest(info, 3, &form)) return;
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
  if (!ValidateFileDescriptor(isolate, info[0], &fd)) return;
  if (!info[1]->IsString()) {
    errors::Throw(isolate, errors::InvalidArgType(isolate, "buffer", "be of type string", info[1]));
    return;
  }
  std::optional<pool::Encoding> encoding;
  if (!ValidatePosition(isolate, info[2], &position) ||
      !ValidateFsEncoding(isolate, info[3], &encoding) || !ValidateRequest(info, 4, &form)) {
    return;
  }
  if (!encoding) encoding = pool::Encoding::kUtf8;  // 'buffer' is no encoding for a string
  // The worker writes from a copy in the chosen encoding, kept by the request.
  v8::Local<v8::String> text = info[1].As<v8::String>();
  auto bytes =
      std::make_shared<std::string>(pool::StringByteLength(isolate, text, *encoding), '\0');
  bytes->resize(pool::WriteString(isolate, text, *encoding,
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
  if (!ValidateFileDescriptor(info.GetIsolate(), info[0], &fd) || !ValidateRequest(info, 2, &form))
    return;
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
  if (!ValidateFileDescriptor(isolate, info[0], &fd) ||
      !pool::ValidateInteger(isolate, info[1], "len", 0, INT64_C(9007199254740991), &length) ||
      !ValidateRequest(info, 2, &form)) {
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
  if (!ValidateFileDescriptor(isolate, info[0], &fd) ||
      !ValidateTime(isolate, info[1], "atime", &atime) ||
      !ValidateTime(isolate, info[2], "mtime", &mtime) || !ValidateRequest(info, 3, &form)) {
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
  if (!ValidateFileDescriptor(isolate, info[0], &fd) ||
      !ValidateMode(isolate, info[1], "mode", &mode) || !ValidateRequest(info, 2, &form)) {
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
  if (!ValidateFileDescriptor(isolate, info[0], &fd) ||
      !ValidateId(isolate, info[1], "uid", &uid) || !ValidateId(isolate, info[2], "gid", &gid) ||
      !ValidateRequest(info, 3, &form)) {
    return;
  }
  Dispatch(info, form, 3, FsCall("fchown"), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_fchown(loop, req, fd, static_cast<uv_uid_t>(uid), static_cast<uv_gid_t>(gid), cb);
  });
}

}  // namespace fs
}  // namespace bindings
