/// \file
/// Buffer: Node's byte array, a Uint8Array with a richer prototype. (Node:
/// lib/buffer.js and src/node_buffer.cc.)
///
/// **What a Buffer is.** Not a new kind of object: a Buffer is a plain
/// Uint8Array whose prototype is Buffer.prototype, which in turn inherits
/// from Uint8Array.prototype. So every typed array operation works on it,
/// and everything Buffer adds (toString('hex'), readUInt32LE, ...) is a
/// method found one step up the prototype chain:
///
///     buf ──> Buffer.prototype ──> Uint8Array.prototype ──> %TypedArray%.prototype
///     │        toString, write,      subarray... (V8's)       set, fill, map...
///     │        readUInt32LE, ...
///     └─ [[ViewedArrayBuffer]] ──> ArrayBuffer ──> v8::BackingStore: the bytes
///
/// C++ makes one as Node does: v8::Uint8Array::New() over an ArrayBuffer,
/// then SetPrototype(Buffer.prototype). The bytes live in a v8::BackingStore
/// outside the JavaScript heap, so the garbage collector never moves them
/// and C++ (a socket write, a file read) can use them in place.
///
/// **The pool.** Allocating an ArrayBuffer costs far more than a few bytes.
/// Like Node, small unsafe allocations (allocUnsafe, from(string),
/// from(array): anything under Buffer.poolSize / 2, 4 KiB by default) are
/// cut from a shared 8 KiB ArrayBuffer, 8-byte aligned; that is why
/// `Buffer.from('hi').buffer.byteLength` is 8192, and why allocUnsafe's
/// memory may hold old bytes. Buffer.alloc() never uses the pool.
///
/// **Where the code is**, by question:
///
///     buffer_binding.cc   the class: Buffer, its prototype, the binding's exports
///     buffer_create.cc    making Buffers: alloc*, from, of, concat, the pool
///     buffer_strings.cc   strings: toString, write, byteLength, the *Slice/*Write
///                         methods (string_bytes.h does the encoding)
///     buffer_bytes.cc     bytes: equals, compare, indexOf, copy, fill, slice, swap
///     buffer_numbers.cc   readUInt32LE and the other number accessors
///     buffer_inspect.cc   how console.log shows one: <Buffer 68 69>
#pragma once

#include <v8.h>

#include <cstddef>
#include <cstdint>

#include "realm.h"
#include "support/encoding.h"

namespace bindings {

/// The largest Buffer (Node's buffer.constants.MAX_LENGTH on 64-bit: 4 GiB).
constexpr double kMaxBufferLength = 4294967296.0;
/// How many bytes console.log shows before "... N more bytes".
constexpr int kInspectMaxBytes = 50;

/// The bytes of a typed array or DataView, for C++ to read or write in
/// place. Valid until JavaScript runs again.
struct ByteSpan {
  uint8_t* data = nullptr;
  size_t size = 0;
};

/// The bytes of `view`. A small typed array made by a script lives inside
/// the V8 heap, where the GC may move it; asking for its ArrayBuffer moves it
/// out, for good, so the pointer stays valid.
ByteSpan BytesOf(v8::Local<v8::ArrayBufferView> view);

/// The `buffer` binding's state in one realm: the class, and the pool.
class BufferData : public BindingData {
 public:
  static constexpr const char* kBindingName = "buffer";
  /// Builds Buffer, Buffer.prototype and FastBuffer (buffer_binding.cc).
  explicit BufferData(Realm& realm);

  /// A Buffer over `length` bytes of `array_buffer` from `offset` (which
  /// the caller has checked).
  v8::Local<v8::Uint8Array> Wrap(v8::Local<v8::ArrayBuffer> array_buffer, size_t offset,
                                 size_t length);
  /// A Buffer of `size` zero bytes, in its own ArrayBuffer (Buffer.alloc).
  /// Empty if memory ran out (a RangeError is then thrown).
  v8::MaybeLocal<v8::Uint8Array> NewZeroed(size_t size);
  /// A Buffer of `size` bytes whose contents are left as they are: from the
  /// pool when small, else in its own ArrayBuffer (Buffer.allocUnsafe).
  v8::MaybeLocal<v8::Uint8Array> NewUnsafe(size_t size);
  /// Like NewUnsafe, but never from the pool (Buffer.allocUnsafeSlow).
  v8::MaybeLocal<v8::Uint8Array> NewUnsafeSlow(size_t size);
  /// A Buffer holding a copy of `size` bytes at `data`.
  v8::MaybeLocal<v8::Uint8Array> Copy(const void* data, size_t size);

  /// Half of Buffer.poolSize, as the script may have changed it: sizes
  /// below this come from the pool.
  double PoolThreshold();
  /// Room for `size` bytes in the pool (a new pool if they do not fit):
  /// where to write them. Follow with PoolTake().
  uint8_t* PoolReserve(size_t size);
  /// A Buffer over the `used` bytes just written where PoolReserve()
  /// pointed; the pool moves on past them, to the next multiple of 8.
  v8::Local<v8::Uint8Array> PoolTake(size_t used);

  Realm& realm() const { return realm_; }

  v8::Global<v8::Function> buffer;           ///< the Buffer function
  v8::Global<v8::Object> prototype;          ///< Buffer.prototype
  v8::Global<v8::Function> fast_buffer;      ///< Buffer[Symbol.species]
  v8::Global<v8::Function> uint8_array;      ///< the Uint8Array constructor
  v8::Global<v8::Function> typed_array_set;  ///< %TypedArray%.prototype.set
  bool deprecation_warned = false;           ///< Buffer() warned once (DEP0005)

 private:
  Realm& realm_;
  v8::Global<v8::String> pool_size_name_;  ///< "poolSize", read on every allocation
  v8::Global<v8::ArrayBuffer> pool_;
  uint8_t* pool_data_ = nullptr;
  size_t pool_size_ = 0;
  size_t pool_offset_ = 0;
};

// ---- The natives, defined in the buffer_*.cc files, installed by
// buffer_binding.cc. `this` is the Buffer for prototype methods. ----

// buffer_create.cc
void BufferAlloc(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferAllocUnsafe(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferAllocUnsafeSlow(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferFrom(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferOf(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferConcat(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferConstructor(const v8::FunctionCallbackInfo<v8::Value>& info);
void FastBufferConstructor(const v8::FunctionCallbackInfo<v8::Value>& info);

// buffer_strings.cc
void BufferByteLength(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferIsEncoding(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferToString(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferWrite(const v8::FunctionCallbackInfo<v8::Value>& info);
template <pool::Encoding kEncoding>
void BufferSlice(const v8::FunctionCallbackInfo<v8::Value>& info);
template <pool::Encoding kEncoding>
void BufferEncodingWrite(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferToJSON(const v8::FunctionCallbackInfo<v8::Value>& info);

// buffer_bytes.cc
/// buf.fill(value, offset, end, encoding), with Node's reading of the
/// arguments; false after throwing. (Buffer.alloc(size, fill) uses it too.)
bool FillBuffer(v8::Isolate* isolate, v8::Local<v8::Uint8Array> buffer, v8::Local<v8::Value> value,
                v8::Local<v8::Value> offset, v8::Local<v8::Value> end,
                v8::Local<v8::Value> encoding);
void BufferIsBuffer(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferCompareStatic(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferCompare(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferEquals(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferCopy(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferFill(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferIndexOf(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferLastIndexOf(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferIncludes(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferSubarray(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferSliceMethod(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferSwap16(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferSwap32(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferSwap64(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferParent(const v8::FunctionCallbackInfo<v8::Value>& info);
void BufferOffset(const v8::FunctionCallbackInfo<v8::Value>& info);

// buffer_numbers.cc: adds every read*/write* number accessor to `prototype`.
void AddNumberAccessors(Realm& realm, v8::Local<v8::Object> prototype);
/// The BigInt accessors come first in Node's prototype; the others after.
void AddBigIntAccessors(Realm& realm, v8::Local<v8::Object> prototype);

// buffer_inspect.cc
void BufferInspect(const v8::FunctionCallbackInfo<v8::Value>& info);

// ---- Helpers the buffer_*.cc files share ----

/// The Buffer data of the realm a native runs in.
BufferData& BufferDataOf(const v8::FunctionCallbackInfo<v8::Value>& info);

/// `this` as a Uint8Array (a Buffer is one); otherwise throws
/// ERR_INVALID_THIS and returns false.
bool ThisBytes(const v8::FunctionCallbackInfo<v8::Value>& info, v8::Local<v8::Uint8Array>* array,
               ByteSpan* bytes);

/// Node's validateInteger for offsets: an integer number in [min, max].
bool ValidateOffset(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name, double min,
                    double max, double* out);

// Makers, like errors::InvalidArgType(): they return the error and the
// caller throws it (errors::Throw) or rejects with it.

/// TypeError ERR_UNKNOWN_ENCODING: "Unknown encoding: " + String(encoding).
/// Empty when String(encoding) threw; that exception is then pending.
v8::MaybeLocal<v8::Object> UnknownEncoding(v8::Isolate* isolate, v8::Local<v8::Value> encoding);

/// RangeError ERR_BUFFER_OUT_OF_BOUNDS: with a name, `"name" is outside of
/// buffer bounds`; without, "Attempt to access memory outside buffer bounds".
v8::Local<v8::Object> BufferOutOfBounds(v8::Isolate* isolate, const char* name = nullptr);

}  // namespace bindings
