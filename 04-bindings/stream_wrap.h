/// \file
/// StreamWrap: reading from and writing to a libuv stream, a TCP socket
/// here. (Node: src/stream_base.h StreamBase and src/stream_wrap.h
/// LibuvStreamWrap, which this class merges.)
///
/// **Reading** is push-based. readStart() asks libuv to watch the socket;
/// whenever data arrives libuv calls OnAlloc() ("give me memory for up to
/// 64 KiB") and then OnRead() ("this many bytes came"). Each chunk goes to
/// the script as it is, without a copy: the memory becomes an ArrayBuffer
/// that V8 owns from then on.
///
///     socket.onread = (arrayBuffer) => {
///       const nread = streamBaseState[kReadBytesOrError];
///       if (nread < 0) ...          // UV_EOF: the peer finished; or an error
///       else use new Uint8Array(arrayBuffer, streamBaseState[kArrayBufferOffset], nread)
///     };
///
/// The count travels in a shared Int32Array, `streamBaseState`, rather than
/// as an argument, exactly as in Node: C++ writes a field, JavaScript reads it,
/// and no Number has to be allocated per call. The fields are named on both
/// sides (the StreamBaseStateField enum here; the same names are exported as
/// constants from the `stream_wrap` binding).
///
/// **Writing** tries the fast path first:
///
///     writeBuffer(req, data)
///       1. uv_try_write(): the kernel takes what fits in the socket's send
///          buffer now, synchronously; usually everything.
///       2. only if something is left: a WriteReq (req_wrap.h) is queued with
///          uv_write(), the bytes are kept alive until it completes, and
///          req.oncomplete(status, handle, error) is called then.
///     afterwards streamBaseState[kBytesWritten] = the byte count, and
///     streamBaseState[kLastWriteWasAsync] = 1 if oncomplete will be called,
///     0 if the write is already complete (then nothing more happens).
///
/// **writev(req, chunks, allBuffers)** writes several chunks as one: the
/// buffers of `chunks` when allBuffers is true, else `chunks` alternates
/// chunk and encoding ([data, 'latin1', buffer, 'buffer', ...]), as Node's
/// does. The chunks are joined into one piece of memory in C++ (each string
/// encoded straight into it), then written as above: one call from
/// JavaScript and, usually, one system call for an HTTP response's head and
/// body, with no Buffer made for either.
///
/// **shutdown(req)** half-closes the socket once the queued writes are out:
/// the peer reads EOF; req.oncomplete(status, handle) follows.
#pragma once

#include <uv.h>
#include <v8.h>

#include <cstdint>
#include <memory>

#include "handle_wrap.h"
#include "realm.h"
#include "support/encoding.h"

namespace bindings {

/// The fields of streamBaseState (Node: StreamBaseStateFields; the same
/// names are exported to JavaScript).
enum StreamBaseStateField : int {
  kReadBytesOrError,   ///< onread: bytes read (> 0), or a negative uv error such as UV_EOF
  kArrayBufferOffset,  ///< onread: where the bytes start in the ArrayBuffer
  kBytesWritten,       ///< after a write call: how many bytes it covered
  kLastWriteWasAsync,  ///< after a write call: 1 if oncomplete will follow
  kStreamBaseStateFieldCount
};

/// The `stream_wrap` binding's state in one realm: the request classes and
/// the shared state array.
class StreamWrapData : public BindingData {
 public:
  static constexpr const char* kBindingName = "stream_wrap";
  explicit StreamWrapData(Realm& realm);

  int32_t& operator[](StreamBaseStateField field) { return fields_[field]; }
  v8::Local<v8::Int32Array> state_array(v8::Isolate* isolate) const {
    return state_array_.Get(isolate);
  }

  v8::Global<v8::FunctionTemplate> write_wrap;     ///< new WriteWrap()
  v8::Global<v8::FunctionTemplate> shutdown_wrap;  ///< new ShutdownWrap()

 private:
  std::shared_ptr<v8::BackingStore> store_;  ///< keeps `fields_` valid
  int32_t* fields_;
  v8::Global<v8::Int32Array> state_array_;
};

class StreamWrap : public HandleWrap {
 public:
  /// Adds HandleWrap's methods, then readStart, readStop, shutdown,
  /// writeBuffer, writev, writeUtf8String, writeLatin1String, writeAsciiString,
  /// writeUcs2String and the bytesRead / bytesWritten getters.
  static void AddMethods(Realm& realm, v8::Local<v8::FunctionTemplate> klass);

  uv_stream_t* stream() const { return stream_; }

 protected:
  StreamWrap(Realm& realm, v8::Local<v8::Object> object, uv_stream_t* stream);

 private:
  class WriteReq;
  class ShutdownReq;

  static void ReadStart(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void ReadStop(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Shutdown(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void WriteBuffer(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Writev(const v8::FunctionCallbackInfo<v8::Value>& info);
  template <pool::Encoding kEncoding>
  static void WriteString(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void BytesRead(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void BytesWritten(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void WriteQueueSize(const v8::FunctionCallbackInfo<v8::Value>& info);

  /// Writes `size` bytes at `data`, trying uv_try_write() first; if some
  /// remain, a WriteReq takes over `keep_alive` (what owns `data`). Sets
  /// kBytesWritten and kLastWriteWasAsync; returns 0 or a uv error.
  int Write(v8::Local<v8::Object> req, const char* data, size_t size,
            std::shared_ptr<void> keep_alive);
  /// --trace-loop, for a TCP socket: "[tcp]  write 170 bytes: ..." (io_trace.h).
  void TraceWrite(size_t size, size_t written);

  static void OnAlloc(uv_handle_t* handle, size_t suggested_size, uv_buf_t* buf);
  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf);
  static void AfterWrite(uv_write_t* request, int status);
  static void AfterShutdown(uv_shutdown_t* request, int status);

  StreamWrapData& data() { return realm()->binding_data<StreamWrapData>(); }

  uv_stream_t* const stream_;
  uint64_t bytes_read_ = 0;
  uint64_t bytes_written_ = 0;
};

}  // namespace bindings
