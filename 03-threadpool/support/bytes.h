/// \file
/// Bytes that cross between threads: made on a worker and handed to
/// JavaScript, or given by JavaScript and read (or filled) on a worker.
///
/// A worker thread must not touch V8: it may not create a JS object, not
/// even an ArrayBuffer. Two small classes make the crossing safe and cheap:
///
/// - **Bytes** is memory a job allocates with malloc() on the worker (the
///   contents of a file, a digest, compressed data). Back on the loop thread,
///   ToUint8Array() hands that very memory to a new ArrayBuffer, with free()
///   as its deleter: V8 owns it from then on, and nothing is copied, which
///   matters for a 100 MiB file.
/// - **BytesView** is the other direction: the bytes of a JS value, taken on
///   the loop thread. For a string it holds an encoded copy (a JS string
///   cannot be read off the loop thread). For a TypedArray or DataView it
///   holds a std::shared_ptr to the array's v8::BackingStore, so the memory
///   stays valid even if the script drops the array while the job runs, and
///   the worker reads (fs.write) or fills (fs.read) it in place, as Node
///   does with a Buffer.
///
/// Node returns a Buffer where this stage returns a Uint8Array: Buffer (a
/// Uint8Array subclass) is stage 04's subject.
#pragma once

#include <v8.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "support/encoding.h"

namespace pool {

/// A Uint8Array over `length` bytes of `buffer` from `offset`. Every array of
/// bytes this stage hands to a script is made here (or by ToUint8Array(),
/// which calls it), so that a later stage can make them richer.
v8::Local<v8::Uint8Array> NewByteArray(v8::Local<v8::ArrayBuffer> buffer, size_t offset,
                                       size_t length);

/// An extension point for later stages: a function NewByteArray() calls
/// with each array it makes. Stage 04 gives them Buffer.prototype, because
/// Node's fs, crypto and zlib return Buffers. One per process; nullptr (the
/// default) leaves the arrays plain Uint8Arrays.
using ByteArrayHook = void (*)(v8::Local<v8::Uint8Array> array);
void SetByteArrayHook(ByteArrayHook hook);

/// Memory owned by C++ until ToUint8Array() gives it to V8.
class Bytes {
 public:
  Bytes() = default;
  ~Bytes();
  Bytes(Bytes&& other) noexcept;
  Bytes& operator=(Bytes&& other) noexcept;
  Bytes(const Bytes&) = delete;
  Bytes& operator=(const Bytes&) = delete;

  /// Grows or shrinks to `size` bytes, keeping the contents; false (and
  /// unchanged) when memory runs out.
  bool Resize(size_t size);

  uint8_t* data() { return data_; }
  const uint8_t* data() const { return data_; }
  size_t size() const { return size_; }

  /// A new Uint8Array over these bytes, without a copy. Call on the loop
  /// thread; this object is empty afterwards.
  v8::Local<v8::Uint8Array> ToUint8Array(v8::Isolate* isolate);

 private:
  uint8_t* data_ = nullptr;
  size_t size_ = 0;
};

/// Bytes of a JavaScript value, safe to use on a worker thread.
class BytesView {
 public:
  BytesView() = default;
  /// The bytes of `text` in `encoding` (a copy).
  static BytesView FromString(v8::Isolate* isolate, v8::Local<v8::String> text, Encoding encoding);
  /// The memory of a TypedArray or DataView (no copy).
  static BytesView FromView(v8::Local<v8::ArrayBufferView> view);
  /// The memory of an ArrayBuffer (no copy).
  static BytesView FromArrayBuffer(v8::Local<v8::ArrayBuffer> buffer);

  /// The part [offset, offset + length) of these bytes (the caller checked
  /// the range).
  BytesView Slice(size_t offset, size_t length) const;

  uint8_t* data() const { return data_; }
  size_t size() const { return size_; }

 private:
  std::shared_ptr<std::string> copy_;        ///< a string's encoded bytes
  std::shared_ptr<v8::BackingStore> store_;  ///< keeps a JS buffer's memory alive
  uint8_t* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace pool
