#include "stream_wrap.h"

#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "binding_registry.h"
#include "io_trace.h"
#include "node_errors.h"
#include "req_wrap.h"
#include "support/validate.h"

namespace bindings {

// ---- The requests: a write that did not finish at once, and a shutdown ----

class StreamWrap::WriteReq : public ReqWrap<uv_write_t> {
 public:
  WriteReq(Realm& realm, v8::Local<v8::Object> object, StreamWrap* stream,
           std::shared_ptr<void> bytes)
      : ReqWrap(realm, object), stream(stream), bytes(std::move(bytes)) {}

  /// Alive until the request completes: libuv calls a stream's write
  /// callbacks (with UV_ECANCELED, if it is being closed) before its close
  /// callback.
  StreamWrap* const stream;
  /// What owns the bytes being written (a buffer's backing store, an
  /// encoded string), so that they outlive the script's references.
  const std::shared_ptr<void> bytes;
};

class StreamWrap::ShutdownReq : public ReqWrap<uv_shutdown_t> {
 public:
  ShutdownReq(Realm& realm, v8::Local<v8::Object> object, StreamWrap* stream)
      : ReqWrap(realm, object), stream(stream) {}
  StreamWrap* const stream;
};

// ---- The binding's state: request classes and streamBaseState ----

StreamWrapData::StreamWrapData(Realm& realm) {
  v8::Isolate* isolate = realm.isolate();
  v8::HandleScope handle_scope(isolate);
  const size_t size = kStreamBaseStateFieldCount * sizeof(int32_t);
  store_ = v8::ArrayBuffer::NewBackingStore(isolate, size);  // zero-filled
  fields_ = static_cast<int32_t*>(store_->Data());
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, store_);
  state_array_.Reset(isolate, v8::Int32Array::New(buffer, 0, kStreamBaseStateFieldCount));

  write_wrap.Reset(isolate, NewRequestClass(realm, "WriteWrap"));
  shutdown_wrap.Reset(isolate, NewRequestClass(realm, "ShutdownWrap"));
}

// ---- StreamWrap ----

StreamWrap::StreamWrap(Realm& realm, v8::Local<v8::Object> object, uv_stream_t* stream)
    : HandleWrap(realm, object, reinterpret_cast<uv_handle_t*>(stream)), stream_(stream) {}

void StreamWrap::AddMethods(Realm& realm, v8::Local<v8::FunctionTemplate> klass) {
  HandleWrap::AddMethods(realm, klass);
  realm.SetProtoMethod(klass, "readStart", ReadStart);
  realm.SetProtoMethod(klass, "readStop", ReadStop);
  realm.SetProtoMethod(klass, "shutdown", Shutdown, 1);
  realm.SetProtoMethod(klass, "writeBuffer", WriteBuffer, 2);
  realm.SetProtoMethod(klass, "writev", Writev, 3);
  realm.SetProtoMethod(klass, "writeUtf8String", WriteString<pool::Encoding::kUtf8>, 2);
  realm.SetProtoMethod(klass, "writeLatin1String", WriteString<pool::Encoding::kLatin1>, 2);
  realm.SetProtoMethod(klass, "writeAsciiString", WriteString<pool::Encoding::kAscii>, 2);
  realm.SetProtoMethod(klass, "writeUcs2String", WriteString<pool::Encoding::kUtf16le>, 2);

  v8::Isolate* isolate = realm.isolate();
  v8::Local<v8::Signature> signature = v8::Signature::New(isolate, klass);
  auto getter = [&](const char* name, v8::FunctionCallback callback) {
    klass->PrototypeTemplate()->SetAccessorProperty(
        realm.Name(name), v8::FunctionTemplate::New(isolate, callback, {}, signature));
  };
  getter("bytesRead", BytesRead);
  getter("bytesWritten", BytesWritten);
  getter("writeQueueSize", WriteQueueSize);
}

// ---- Reading ----

void StreamWrap::ReadStart(const v8::FunctionCallbackInfo<v8::Value>& info) {
  StreamWrap* wrap = Unwrap<StreamWrap>(info.This());
  if (wrap == nullptr || !wrap->IsOpen()) return info.GetReturnValue().Set(UV_EBADF);
  info.GetReturnValue().Set(uv_read_start(wrap->stream_, OnAlloc, OnRead));
}

void StreamWrap::ReadStop(const v8::FunctionCallbackInfo<v8::Value>& info) {
  StreamWrap* wrap = Unwrap<StreamWrap>(info.This());
  if (wrap == nullptr || !wrap->IsOpen()) return info.GetReturnValue().Set(UV_EBADF);
  info.GetReturnValue().Set(uv_read_stop(wrap->stream_));
}

void StreamWrap::OnAlloc(uv_handle_t* handle, size_t suggested_size, uv_buf_t* buf) {
  // libuv suggests 64 KiB. If malloc fails, a zero-length buffer makes libuv
  // report UV_ENOBUFS to OnRead.
  char* memory = static_cast<char*>(std::malloc(suggested_size));
  *buf = uv_buf_init(memory, memory == nullptr ? 0 : static_cast<unsigned>(suggested_size));
}

void StreamWrap::OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  StreamWrap* wrap = static_cast<StreamWrap*>(static_cast<HandleWrap*>(stream->data));
  char* memory = buf->base;
  Realm* realm = wrap->realm();
  if (nread == 0 || realm == nullptr) {  // 0: nothing after all (EAGAIN)
    std::free(memory);
    return;
  }
  v8::Isolate* isolate = wrap->isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Value> chunk = v8::Undefined(isolate);
  if (nread > 0) {
    wrap->bytes_read_ += nread;
    // Give back what the read did not use, then hand the memory to V8,
    // which frees it with the ArrayBuffer: no copy.
    if (static_cast<size_t>(nread) < buf->len) {
      if (void* smaller = std::realloc(memory, nread)) memory = static_cast<char*>(smaller);
    }
    std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
        memory, nread, [](void* data, size_t, void*) { std::free(data); }, nullptr);
    chunk = v8::ArrayBuffer::New(isolate, std::move(store));
  } else {
    std::free(memory);  // UV_EOF or an error: no data
  }
  StreamWrapData& state = wrap->data();
  state[kReadBytesOrError] = static_cast<int32_t>(nread);
  state[kArrayBufferOffset] = 0;
  realm->MakeCallback(wrap->object(), realm->CallbackName(Realm::Callback::kOnRead), 1, &chunk);
}

// ---- Writing ----

int StreamWrap::Write(v8::Local<v8::Object> req, const char* bytes, size_t size,
                      std::shared_ptr<void> keep_alive) {
  StreamWrapData& state = data();
  state[kBytesWritten] = static_cast<int32_t>(size);
  state[kLastWriteWasAsync] = 0;

  // The fast path. uv_try_write() refuses (UV_EAGAIN) by itself while
  // earlier writes are still queued, so bytes never overtake each other.
  uv_buf_t buf = uv_buf_init(const_cast<char*>(bytes), static_cast<unsigned>(size));
  int result = size == 0 ? 0 : uv_try_write(stream_, &buf, 1);
  if (result < 0 && result != UV_EAGAIN) return result;
  size_t written = result > 0 ? static_cast<size_t>(result) : 0;
  bytes_written_ += written;
  TraceWrite(size, written);
  if (written == size) return 0;

  // The rest waits in a request, which owns the bytes until it completes.
  buf = uv_buf_init(const_cast<char*>(bytes + written), static_cast<unsigned>(size - written));
  WriteReq* write = new WriteReq(*realm(), req, this, std::move(keep_alive));
  int err = write->Dispatched(uv_write(write->request(), stream_, &buf, 1, AfterWrite));
  if (err == 0) {
    state[kLastWriteWasAsync] = 1;
    bytes_written_ += size - written;
  }
  return err;
}

void StreamWrap::TraceWrite(size_t size, size_t written) {
  if (stream_->type != UV_TCP || realm() == nullptr) return;
  loop::LoopTrace& trace = realm()->runtime().trace();
  if (!trace.enabled()) return;
  std::string text = "[tcp]  write " + std::to_string(size) + " bytes: ";
  if (written == size) {
    text += "all taken by the kernel at once";
  } else {
    text += std::to_string(written) + " at once, the rest queued until the socket is writable";
  }
  TraceNote(trace, text);
}

void StreamWrap::WriteBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Realm& realm = Realm::GetCurrent(info);
  v8::Local<v8::ArrayBufferView> view;
  if (!CheckRequestObject(isolate, realm.binding_data<StreamWrapData>().write_wrap.Get(isolate),
                          "WriteWrap", info[0]) ||
      !pool::ValidateBuffer(isolate, info[1], "buffer", &view)) {
    return;
  }
  StreamWrap* wrap = Unwrap<StreamWrap>(info.This());
  if (wrap == nullptr || !wrap->IsOpen()) return info.GetReturnValue().Set(UV_EBADF);
  if (view->ByteLength() > UINT32_MAX / 2) return info.GetReturnValue().Set(UV_ENOBUFS);
  // Buffer() first: a small typed array lives inside the V8 heap, where the
  // GC may move it; asking for its ArrayBuffer moves it out, for good.
  std::shared_ptr<v8::BackingStore> store = view->Buffer()->GetBackingStore();
  const char* bytes = static_cast<const char*>(store->Data()) + view->ByteOffset();
  info.GetReturnValue().Set(
      wrap->Write(info[0].As<v8::Object>(), bytes, view->ByteLength(), std::move(store)));
}

void StreamWrap::Writev(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Realm& realm = Realm::GetCurrent(info);
  if (!CheckRequestObject(isolate, realm.binding_data<StreamWrapData>().write_wrap.Get(isolate),
                          "WriteWrap", info[0])) {
    return;
  }
  if (!info[1]->IsArray()) {
    errors::Throw(isolate,
                  errors::InvalidArgType(isolate, "chunks", "be an instance of Array", info[1]));
    return;
  }
  StreamWrap* wrap = Unwrap<StreamWrap>(info.This());
  if (wrap == nullptr || !wrap->IsOpen()) return info.GetReturnValue().Set(UV_EBADF);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> chunks = info[1].As<v8::Array>();
  const bool all_buffers = info[2]->IsTrue();
  const uint32_t step = all_buffers ? 1 : 2;
  const uint32_t count = chunks->Length() / step;

  // Two passes: the size of the whole first (one allocation), then the
  // bytes. A string whose encoding is not one Node knows goes as UTF-8, as
  // Buffer.from() would have taken it.
  struct Piece {
    v8::Local<v8::Value> chunk;
    pool::Encoding encoding;
  };
  std::vector<Piece> pieces(count);
  size_t total = 0;
  for (uint32_t i = 0; i < count; i++) {
    Piece& piece = pieces[i];
    if (!chunks->Get(context, i * step).ToLocal(&piece.chunk)) return;
    if (piece.chunk->IsArrayBufferView()) {
      total += piece.chunk.As<v8::ArrayBufferView>()->ByteLength();
    } else if (piece.chunk->IsString()) {
      v8::Local<v8::Value> name;
      if (!chunks->Get(context, i * step + 1).ToLocal(&name)) return;
      piece.encoding =
          name->IsString()
              ? pool::EncodingNamed(isolate, name.As<v8::String>()).value_or(pool::Encoding::kUtf8)
              : pool::Encoding::kUtf8;
      total += pool::StringByteLength(isolate, piece.chunk.As<v8::String>(), piece.encoding);
    } else {
      errors::Throw(isolate, errors::InvalidArgType(isolate, "chunk",
                                                    "be of type string or an instance of Buffer",
                                                    piece.chunk));
      return;
    }
  }
  if (total > UINT32_MAX / 2) return info.GetReturnValue().Set(UV_ENOBUFS);
  auto bytes = std::make_shared<std::string>(total, '\0');
  size_t used = 0;
  for (const Piece& piece : pieces) {
    auto* at = reinterpret_cast<uint8_t*>(bytes->data()) + used;
    if (piece.chunk->IsArrayBufferView()) {
      v8::Local<v8::ArrayBufferView> view = piece.chunk.As<v8::ArrayBufferView>();
      used += view->CopyContents(at, view->ByteLength());
    } else {
      used += pool::WriteString(isolate, piece.chunk.As<v8::String>(), piece.encoding, at,
                                total - used);
    }
  }
  bytes->resize(used);  // base64's length was an upper bound
  const char* data = bytes->data();
  info.GetReturnValue().Set(wrap->Write(info[0].As<v8::Object>(), data, used, std::move(bytes)));
}

template <pool::Encoding kEncoding>
void StreamWrap::WriteString(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Realm& realm = Realm::GetCurrent(info);
  if (!CheckRequestObject(isolate, realm.binding_data<StreamWrapData>().write_wrap.Get(isolate),
                          "WriteWrap", info[0])) {
    return;
  }
  if (!info[1]->IsString()) {
    errors::Throw(isolate, errors::InvalidArgType(isolate, "string", "be of type string", info[1]));
    return;
  }
  StreamWrap* wrap = Unwrap<StreamWrap>(info.This());
  if (wrap == nullptr || !wrap->IsOpen()) return info.GetReturnValue().Set(UV_EBADF);
  v8::Local<v8::String> text = info[1].As<v8::String>();
  auto bytes =
      std::make_shared<std::string>(pool::StringByteLength(isolate, text, kEncoding), '\0');
  bytes->resize(pool::WriteString(isolate, text, kEncoding,
                                  reinterpret_cast<uint8_t*>(bytes->data()), bytes->size()));
  const char* data = bytes->data();
  size_t size = bytes->size();
  info.GetReturnValue().Set(wrap->Write(info[0].As<v8::Object>(), data, size, std::move(bytes)));
}

void StreamWrap::AfterWrite(uv_write_t* request, int status) {
  WriteReq* write = WriteReq::From<WriteReq>(request);
  v8::Isolate* isolate = write->isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status), write->stream->object(),
                                 v8::Undefined(isolate)};
  write->Complete(3, argv);
}

// ---- Shutdown ----

void StreamWrap::Shutdown(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Realm& realm = Realm::GetCurrent(info);
  if (!CheckRequestObject(isolate, realm.binding_data<StreamWrapData>().shutdown_wrap.Get(isolate),
                          "ShutdownWrap", info[0])) {
    return;
  }
  StreamWrap* wrap = Unwrap<StreamWrap>(info.This());
  if (wrap == nullptr || !wrap->IsOpen()) return info.GetReturnValue().Set(UV_EBADF);
  ShutdownReq* shutdown = new ShutdownReq(realm, info[0].As<v8::Object>(), wrap);
  info.GetReturnValue().Set(
      shutdown->Dispatched(uv_shutdown(shutdown->request(), wrap->stream_, AfterShutdown)));
}

void StreamWrap::AfterShutdown(uv_shutdown_t* request, int status) {
  ShutdownReq* shutdown = ShutdownReq::From<ShutdownReq>(request);
  v8::Isolate* isolate = shutdown->isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status), shutdown->stream->object(),
                                 v8::Undefined(isolate)};
  shutdown->Complete(3, argv);
}

// ---- Counters ----

void StreamWrap::BytesRead(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (StreamWrap* wrap = Unwrap<StreamWrap>(info.This())) {
    info.GetReturnValue().Set(static_cast<double>(wrap->bytes_read_));
  }
}

void StreamWrap::BytesWritten(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (StreamWrap* wrap = Unwrap<StreamWrap>(info.This())) {
    info.GetReturnValue().Set(static_cast<double>(wrap->bytes_written_));
  }
}

// How many bytes libuv still holds in write requests: `net` compares two
// readings to tell a slow write from an idle socket (its 'timeout').
void StreamWrap::WriteQueueSize(const v8::FunctionCallbackInfo<v8::Value>& info) {
  StreamWrap* wrap = Unwrap<StreamWrap>(info.This());
  if (wrap == nullptr || !wrap->IsOpen()) return info.GetReturnValue().Set(0);
  info.GetReturnValue().Set(static_cast<double>(uv_stream_get_write_queue_size(wrap->stream_)));
}

// ---- The binding: internalBinding('stream_wrap') ----

namespace {

void InitializeStreamWrap(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Isolate* isolate = realm.isolate();
  v8::Local<v8::Context> context = realm.context();
  StreamWrapData& data = realm.binding_data<StreamWrapData>();
  auto set = [&](const char* name, v8::Local<v8::Value> value) {
    exports->CreateDataProperty(context, realm.Name(name), value).Check();
  };
  set("WriteWrap", data.write_wrap.Get(isolate)->GetFunction(context).ToLocalChecked());
  set("ShutdownWrap", data.shutdown_wrap.Get(isolate)->GetFunction(context).ToLocalChecked());
  set("streamBaseState", data.state_array(isolate));
  set("kReadBytesOrError", v8::Integer::New(isolate, kReadBytesOrError));
  set("kArrayBufferOffset", v8::Integer::New(isolate, kArrayBufferOffset));
  set("kBytesWritten", v8::Integer::New(isolate, kBytesWritten));
  set("kLastWriteWasAsync", v8::Integer::New(isolate, kLastWriteWasAsync));
}

}  // namespace

BINDING_REGISTER(stream_wrap, InitializeStreamWrap);

}  // namespace bindings
