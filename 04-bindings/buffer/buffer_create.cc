// Making Buffers: Buffer.alloc, allocUnsafe, allocUnsafeSlow, from, of,
// concat, the deprecated Buffer() and FastBuffer; and the pool they share
// (see buffer.h).
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "buffer/buffer.h"
#include "console.h"
#include "engine.h"
#include "node_errors.h"

namespace bindings {
namespace {

// Memory for a Buffer's own ArrayBuffer: malloc'd (or calloc'd), freed by
// V8 with the ArrayBuffer. Empty after throwing V8's RangeError when the
// system refuses it.
v8::MaybeLocal<v8::ArrayBuffer> NewArrayBuffer(v8::Isolate* isolate, size_t size, bool zeroed) {
  // One byte at least: malloc(0) may return nullptr, which is no failure.
  void* data = zeroed ? std::calloc(size == 0 ? 1 : size, 1) : std::malloc(size == 0 ? 1 : size);
  if (data == nullptr) {
    isolate->ThrowException(
        v8::Exception::RangeError(engine::ToV8String(isolate, "Array buffer allocation failed")));
    return {};
  }
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      data, size, [](void* memory, size_t, void*) { std::free(memory); }, nullptr);
  return v8::ArrayBuffer::New(isolate, std::move(store));
}

// Node's validateNumber(size, 'size', 0, kMaxLength).
bool ValidateSize(v8::Isolate* isolate, v8::Local<v8::Value> value, size_t* out) {
  if (!value->IsNumber())
    return errors::Throw(isolate,
                         errors::InvalidArgType(isolate, "size", "be of type number", value));
  double size = value.As<v8::Number>()->Value();
  if (!(size >= 0 && size <= kMaxBufferLength)) {  // also NaN
    return errors::Throw(
        isolate, errors::OutOfRange(isolate, "size", ">= 0 && <= 4294967296",
                                    errors::ReceivedNumber(isolate->GetCurrentContext(), value)));
  }
  *out = static_cast<size_t>(size);  // 2.5 bytes are 2, as `new Uint8Array(2.5)` says
  return true;
}

// The names Node uses for an encoding argument, or nothing (then the caller
// throws ERR_UNKNOWN_ENCODING). Not a string, or '': utf8, as in Node 20's
// Buffer.from.
bool EncodingOfFromArgument(v8::Isolate* isolate, v8::Local<v8::Value> value, pool::Encoding* out) {
  *out = pool::Encoding::kUtf8;
  if (!value->IsString() || value.As<v8::String>()->Length() == 0) return true;
  std::optional<pool::Encoding> encoding = pool::EncodingNamed(isolate, value.As<v8::String>());
  // A string: String(value) cannot throw.
  if (!encoding) return errors::Throw(isolate, UnknownEncoding(isolate, value).ToLocalChecked());
  *out = *encoding;
  return true;
}

}  // namespace

// ---- BufferData: allocation and the pool ----

v8::Local<v8::Uint8Array> BufferData::Wrap(v8::Local<v8::ArrayBuffer> array_buffer, size_t offset,
                                           size_t length) {
  v8::Local<v8::Uint8Array> array = v8::Uint8Array::New(array_buffer, offset, length);
  array->SetPrototype(realm_.context(), prototype.Get(realm_.isolate())).Check();
  return array;
}

v8::MaybeLocal<v8::Uint8Array> BufferData::NewZeroed(size_t size) {
  v8::Local<v8::ArrayBuffer> array_buffer;
  if (!NewArrayBuffer(realm_.isolate(), size, /*zeroed=*/true).ToLocal(&array_buffer)) return {};
  return Wrap(array_buffer, 0, size);
}

v8::MaybeLocal<v8::Uint8Array> BufferData::NewUnsafeSlow(size_t size) {
  v8::Local<v8::ArrayBuffer> array_buffer;
  if (!NewArrayBuffer(realm_.isolate(), size, /*zeroed=*/false).ToLocal(&array_buffer)) return {};
  return Wrap(array_buffer, 0, size);
}

v8::MaybeLocal<v8::Uint8Array> BufferData::NewUnsafe(size_t size) {
  if (size == 0) return NewZeroed(0);
  if (static_cast<double>(size) < PoolThreshold()) {
    PoolReserve(size);
    return PoolTake(size);
  }
  return NewUnsafeSlow(size);
}

v8::MaybeLocal<v8::Uint8Array> BufferData::Copy(const void* data, size_t size) {
  v8::Local<v8::Uint8Array> buffer;
  if (!NewUnsafeSlow(size).ToLocal(&buffer)) return {};
  if (size > 0) std::memcpy(BytesOf(buffer).data, data, size);
  return buffer;
}

double BufferData::PoolThreshold() {
  // Buffer.poolSize is a plain property a script may change; Node reads it
  // on every allocation, as `Buffer.poolSize >>> 1`.
  v8::Local<v8::Value> pool_size;
  uint32_t size = 0;
  v8::TryCatch try_catch(realm_.isolate());
  if (buffer.Get(realm_.isolate())
          ->Get(realm_.context(), pool_size_name_.Get(realm_.isolate()))
          .ToLocal(&pool_size)) {
    size = pool_size->Uint32Value(realm_.context()).FromMaybe(0);
  }
  return size >> 1;
}

uint8_t* BufferData::PoolReserve(size_t size) {
  size_t left = pool_offset_ < pool_size_ ? pool_size_ - pool_offset_ : 0;
  if (pool_.IsEmpty() || size > left) {
    // A new pool; the old one lives on in the Buffers cut from it.
    v8::Isolate* isolate = realm_.isolate();
    uint32_t pool_size = static_cast<uint32_t>(PoolThreshold()) * 2;
    v8::Local<v8::ArrayBuffer> pool =
        NewArrayBuffer(isolate, std::max<size_t>(pool_size, size), false).ToLocalChecked();
    pool_.Reset(isolate, pool);
    pool_data_ = static_cast<uint8_t*>(pool->Data());
    pool_size_ = pool->ByteLength();
    pool_offset_ = 0;
  }
  return pool_data_ + pool_offset_;
}

v8::Local<v8::Uint8Array> BufferData::PoolTake(size_t used) {
  v8::Local<v8::Uint8Array> buffer = Wrap(pool_.Get(realm_.isolate()), pool_offset_, used);
  pool_offset_ += used;
  pool_offset_ = (pool_offset_ + 7) & ~size_t{7};  // the next Buffer starts 8-byte aligned
  return buffer;
}

// ---- Buffer.from ----

namespace {

// A string, in `encoding`. Node's fromStringFast: short strings go to the
// pool, where room is reserved for the most bytes they could need (4 per
// character, or the exact count when that is too much); long ones get
// their own memory of the exact size.
v8::MaybeLocal<v8::Uint8Array> FromString(BufferData& data, v8::Local<v8::String> text,
                                          pool::Encoding encoding) {
  v8::Isolate* isolate = data.realm().isolate();
  if (text->Length() == 0) return data.NewZeroed(0);
  const double threshold = data.PoolThreshold();
  size_t length = text->Length();
  bool pooled = length < threshold;
  if (pooled) {
    length *= 4;
    if (length >= threshold) {
      length = pool::StringByteLength(isolate, text, encoding);
      pooled = length < threshold;
    }
  } else {
    length = pool::StringByteLength(isolate, text, encoding);
  }
  if (pooled) {
    size_t written = pool::WriteString(isolate, text, encoding, data.PoolReserve(length), length);
    return data.PoolTake(written);
  }
  v8::Local<v8::Uint8Array> buffer;
  if (!data.NewUnsafeSlow(length).ToLocal(&buffer)) return {};
  size_t written = pool::WriteString(isolate, text, encoding, BytesOf(buffer).data, length);
  if (written < length) buffer = data.Wrap(buffer->Buffer(), 0, written);
  return buffer;
}

// Anything with a length: its elements, each converted as a Uint8Array
// element is (ToNumber, then modulo 256), by the typed array's own set().
v8::MaybeLocal<v8::Uint8Array> FromArrayLike(BufferData& data, v8::Local<v8::Object> source,
                                             double length) {
  v8::Isolate* isolate = data.realm().isolate();
  v8::Local<v8::Context> context = data.realm().context();
  if (length <= 0) return data.NewZeroed(0);
  if (length < data.PoolThreshold()) {
    size_t size = static_cast<size_t>(length);
    data.PoolReserve(size);
    v8::Local<v8::Uint8Array> buffer = data.PoolTake(size);
    if (source->IsUint8Array()) {  // the common case, without a call into V8
      ByteSpan from = BytesOf(source.As<v8::Uint8Array>());
      size_t n = std::min(from.size, size);
      if (n > 0) std::memcpy(BytesOf(buffer).data, from.data, n);
      return buffer;
    }
    v8::Local<v8::Value> args[] = {source, v8::Integer::New(isolate, 0)};
    if (data.typed_array_set.Get(isolate)->Call(context, buffer, 2, args).IsEmpty()) return {};
    return buffer;
  }
  // Large (or NaN) lengths: exactly what `new Uint8Array(source)` does.
  v8::Local<v8::Value> arg = source;
  v8::Local<v8::Object> array;
  if (!data.uint8_array.Get(isolate)->NewInstance(context, 1, &arg).ToLocal(&array)) return {};
  array->SetPrototype(context, data.prototype.Get(isolate)).Check();
  return array.As<v8::Uint8Array>();
}

// An ArrayBuffer or SharedArrayBuffer, shared rather than copied.
v8::MaybeLocal<v8::Uint8Array> FromArrayBuffer(BufferData& data, v8::Local<v8::Object> source,
                                               v8::Local<v8::Value> offset_value,
                                               v8::Local<v8::Value> length_value) {
  v8::Isolate* isolate = data.realm().isolate();
  v8::Local<v8::Context> context = data.realm().context();
  double byte_length = source->IsArrayBuffer()
                           ? static_cast<double>(source.As<v8::ArrayBuffer>()->ByteLength())
                           : static_cast<double>(source.As<v8::SharedArrayBuffer>()->ByteLength());
  double offset = 0;
  if (!offset_value->IsUndefined()) {
    if (!offset_value->NumberValue(context).To(&offset)) return {};
    if (std::isnan(offset)) offset = 0;
  }
  double max_length = byte_length - offset;
  if (max_length < 0) {
    errors::Throw(isolate, BufferOutOfBounds(isolate, "offset"));
    return {};
  }
  double length = max_length;
  if (!length_value->IsUndefined()) {
    if (!length_value->NumberValue(context).To(&length)) return {};
    if (length > 0) {
      if (length > max_length) {
        errors::Throw(isolate, BufferOutOfBounds(isolate, "length"));
        return {};
      }
    } else {
      length = 0;
    }
  }
  if (source->IsArrayBuffer() && offset >= 0 && std::trunc(offset) == offset &&
      std::trunc(length) == length) {
    return data.Wrap(source.As<v8::ArrayBuffer>(), static_cast<size_t>(offset),
                     static_cast<size_t>(length));
  }
  // A SharedArrayBuffer, or an offset V8 must judge (negative, fractional):
  // let the Uint8Array constructor decide, and say what is wrong.
  v8::Local<v8::Value> args[] = {source, v8::Number::New(isolate, offset),
                                 v8::Number::New(isolate, length)};
  v8::Local<v8::Object> array;
  if (!data.uint8_array.Get(isolate)->NewInstance(context, 3, args).ToLocal(&array)) return {};
  array->SetPrototype(context, data.prototype.Get(isolate)).Check();
  return array.As<v8::Uint8Array>();
}

v8::Local<v8::Value> Get(v8::Local<v8::Context> context, v8::Local<v8::Object> object,
                         v8::Local<v8::Value> key, bool* threw) {
  v8::Local<v8::Value> value;
  if (!object->Get(context, key).ToLocal(&value)) {
    *threw = true;
    return v8::Undefined(context->GetIsolate());
  }
  return value;
}

// Buffer.from(value, encodingOrOffset, length), in Node's order of
// questions.
v8::MaybeLocal<v8::Uint8Array> From(BufferData& data, v8::Local<v8::Value> value,
                                    v8::Local<v8::Value> encoding_or_offset,
                                    v8::Local<v8::Value> length) {
  Realm& realm = data.realm();
  v8::Isolate* isolate = realm.isolate();
  v8::Local<v8::Context> context = realm.context();
  if (value->IsString()) {
    pool::Encoding encoding;
    if (!EncodingOfFromArgument(isolate, encoding_or_offset, &encoding)) return {};
    return FromString(data, value.As<v8::String>(), encoding);
  }
  if (value->IsObject() && !value->IsFunction()) {
    v8::Local<v8::Object> object = value.As<v8::Object>();
    if (value->IsArrayBuffer() || value->IsSharedArrayBuffer()) {
      return FromArrayBuffer(data, object, encoding_or_offset, length);
    }
    bool threw = false;
    // An object that stands for a string or another object (new String('x')).
    v8::Local<v8::Value> value_of = Get(context, object, realm.Name("valueOf"), &threw);
    if (threw) return {};
    if (value_of->IsFunction()) {
      v8::Local<v8::Value> primitive;
      if (!value_of.As<v8::Function>()->Call(context, object, 0, nullptr).ToLocal(&primitive)) {
        return {};
      }
      if (!primitive->IsNullOrUndefined() && !primitive->StrictEquals(value) &&
          (primitive->IsString() || primitive->IsObject())) {
        return From(data, primitive, encoding_or_offset, length);
      }
    }
    // An array, a typed array, anything with a length.
    v8::Local<v8::Value> own_length = Get(context, object, realm.Name("length"), &threw);
    if (threw) return {};
    v8::Local<v8::Value> inner_buffer;
    if (own_length->IsUndefined())
      inner_buffer = Get(context, object, realm.Name("buffer"), &threw);
    if (threw) return {};
    if (!own_length->IsUndefined() ||
        (inner_buffer->IsArrayBuffer() || inner_buffer->IsSharedArrayBuffer())) {
      if (!own_length->IsNumber()) return data.NewZeroed(0);
      return FromArrayLike(data, object, own_length.As<v8::Number>()->Value());
    }
    // What JSON.stringify(buffer) makes: { type: 'Buffer', data: [...] }.
    v8::Local<v8::Value> type = Get(context, object, realm.Name("type"), &threw);
    if (threw) return {};
    if (type->IsString() && engine::ToUtf8(isolate, type) == "Buffer") {
      v8::Local<v8::Value> array = Get(context, object, realm.Name("data"), &threw);
      if (threw) return {};
      if (array->IsArray()) {
        return FromArrayLike(data, array.As<v8::Object>(), array.As<v8::Array>()->Length());
      }
    }
    // An object that converts itself to a string.
    v8::Local<v8::Value> to_primitive =
        Get(context, object, v8::Symbol::GetToPrimitive(isolate), &threw);
    if (threw) return {};
    if (to_primitive->IsFunction()) {
      v8::Local<v8::Value> hint = realm.Name("string");
      v8::Local<v8::Value> primitive;
      if (!to_primitive.As<v8::Function>()->Call(context, object, 1, &hint).ToLocal(&primitive)) {
        return {};
      }
      if (primitive->IsString()) {
        pool::Encoding encoding;
        if (!EncodingOfFromArgument(isolate, encoding_or_offset, &encoding)) return {};
        return FromString(data, primitive.As<v8::String>(), encoding);
      }
    }
  }
  errors::Throw(isolate,
                errors::InvalidArgType(
                    isolate, "first argument",
                    "be of type string or an instance of Buffer, ArrayBuffer, or Array or an "
                    "Array-like Object",
                    value));
  return {};
}

// Buffer.alloc(size, fill, encoding).
v8::MaybeLocal<v8::Uint8Array> Alloc(BufferData& data, v8::Local<v8::Value> size_value,
                                     v8::Local<v8::Value> fill, v8::Local<v8::Value> encoding) {
  v8::Isolate* isolate = data.realm().isolate();
  size_t size;
  if (!ValidateSize(isolate, size_value, &size)) return {};
  bool fill_is_zero = fill->IsNumber() && fill.As<v8::Number>()->Value() == 0;
  if (fill->IsUndefined() || fill_is_zero || size == 0) return data.NewZeroed(size);
  // Filled anyway: no need to zero the memory first.
  v8::Local<v8::Uint8Array> buffer;
  if (!data.NewUnsafeSlow(size).ToLocal(&buffer)) return {};
  v8::Local<v8::Value> offset = v8::Integer::New(isolate, 0);
  v8::Local<v8::Value> end = v8::Number::New(isolate, static_cast<double>(size));
  if (!FillBuffer(isolate, buffer, fill, offset, end, encoding)) return {};
  return buffer;
}

void Return(const v8::FunctionCallbackInfo<v8::Value>& info,
            v8::MaybeLocal<v8::Uint8Array> buffer) {
  v8::Local<v8::Uint8Array> result;
  if (buffer.ToLocal(&result)) info.GetReturnValue().Set(result);
}

}  // namespace

void BufferFrom(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Return(info, From(BufferDataOf(info), info[0], info[1], info[2]));
}

void BufferAlloc(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Return(info, Alloc(BufferDataOf(info), info[0], info[1], info[2]));
}

void BufferAllocUnsafe(const v8::FunctionCallbackInfo<v8::Value>& info) {
  size_t size;
  if (!ValidateSize(info.GetIsolate(), info[0], &size)) return;
  Return(info, BufferDataOf(info).NewUnsafe(size));
}

void BufferAllocUnsafeSlow(const v8::FunctionCallbackInfo<v8::Value>& info) {
  size_t size;
  if (!ValidateSize(info.GetIsolate(), info[0], &size)) return;
  Return(info, BufferDataOf(info).NewUnsafeSlow(size));
}

void BufferOf(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BufferData& data = BufferDataOf(info);
  v8::Local<v8::Uint8Array> buffer;
  if (!data.NewUnsafeSlow(info.Length()).ToLocal(&buffer)) return;
  v8::Local<v8::Context> context = data.realm().context();
  for (int i = 0; i < info.Length(); i++) {
    // A typed array element converts its value (ToNumber, modulo 256).
    if (buffer->Set(context, i, info[i]).IsNothing()) return;
  }
  info.GetReturnValue().Set(buffer);
}

void BufferConcat(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  BufferData& data = BufferDataOf(info);
  v8::Local<v8::Context> context = data.realm().context();
  if (!info[0]->IsArray()) {
    errors::Throw(isolate,
                  errors::InvalidArgType(isolate, "list", "be an instance of Array", info[0]));
    return;
  }
  v8::Local<v8::Array> list = info[0].As<v8::Array>();
  uint32_t count = list->Length();
  if (count == 0) return Return(info, data.NewZeroed(0));
  double total = 0;
  if (info[1]->IsUndefined()) {
    // Node adds up every truthy `length`, before checking the types.
    for (uint32_t i = 0; i < count; i++) {
      v8::Local<v8::Value> item, length;
      if (!list->Get(context, i).ToLocal(&item)) return;
      if (item->IsNullOrUndefined()) {  // as `list[i].length` would
        std::string what = item->IsNull() ? "null" : "undefined";
        isolate->ThrowException(v8::Exception::TypeError(engine::ToV8String(
            isolate, "Cannot read properties of " + what + " (reading 'length')")));
        return;
      }
      v8::Local<v8::Object> object;
      if (!item->ToObject(context).ToLocal(&object) ||
          !object->Get(context, data.realm().Name("length")).ToLocal(&length)) {
        return;
      }
      if (length->BooleanValue(isolate)) {
        double n;
        if (!length->NumberValue(context).To(&n)) return;
        total += n;
      }
    }
  } else if (!ValidateOffset(isolate, info[1], "length", 0, kMaxBufferLength, &total)) {
    return;
  }
  if (!(total >= 0 && total <= kMaxBufferLength)) {
    errors::Throw(isolate, errors::OutOfRange(
                               isolate, "size", ">= 0 && <= 4294967296",
                               errors::ReceivedNumber(context, v8::Number::New(isolate, total))));
    return;
  }
  v8::Local<v8::Uint8Array> result;
  if (!data.NewUnsafe(static_cast<size_t>(total)).ToLocal(&result)) return;
  ByteSpan target = BytesOf(result);
  size_t position = 0;
  for (uint32_t i = 0; i < count; i++) {
    v8::Local<v8::Value> item;
    if (!list->Get(context, i).ToLocal(&item)) return;
    if (!item->IsUint8Array()) {
      errors::Throw(isolate,
                    errors::InvalidArgType(isolate, "list[" + std::to_string(i) + "]",
                                           "be an instance of Buffer or Uint8Array", item));
      return;
    }
    ByteSpan source = BytesOf(item.As<v8::Uint8Array>());
    size_t n = std::min(source.size, target.size - position);
    if (n > 0) std::memcpy(target.data + position, source.data, n);
    position += n;
  }
  // A `length` larger than the parts: the rest is zeroed, not left as it was.
  if (position < target.size) std::memset(target.data + position, 0, target.size - position);
  info.GetReturnValue().Set(result);
}

void BufferConstructor(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  BufferData& data = BufferDataOf(info);
  if (!data.deprecation_warned) {
    data.deprecation_warned = true;
    engine::WriteStderr("(" + data.realm().runtime().stage().name + ":" + std::to_string(getpid()) +
                        ") [DEP0005] DeprecationWarning: Buffer() is deprecated due to security "
                        "and usability issues. Please use the Buffer.alloc(), "
                        "Buffer.allocUnsafe(), or Buffer.from() methods instead.\n");
  }
  if (info[0]->IsNumber()) {
    if (info[1]->IsString()) {
      errors::Throw(isolate,
                    errors::InvalidArgType(isolate, "string", "be of type string", info[0]));
      return;
    }
    return Return(info, Alloc(data, info[0], v8::Undefined(isolate), v8::Undefined(isolate)));
  }
  Return(info, From(data, info[0], info[1], info[2]));
}

void FastBufferConstructor(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info.IsConstructCall()) {
    isolate->ThrowException(v8::Exception::TypeError(engine::ToV8String(
        isolate, "Class constructor FastBuffer cannot be invoked without 'new'")));
    return;
  }
  // Exactly `new Uint8Array(...)`, then made a Buffer.
  BufferData& data = BufferDataOf(info);
  v8::Local<v8::Context> context = data.realm().context();
  v8::Local<v8::Value> args[] = {info[0], info[1], info[2]};
  int argc = std::min(info.Length(), 3);
  v8::Local<v8::Object> array;
  if (!data.uint8_array.Get(isolate)->NewInstance(context, argc, args).ToLocal(&array)) return;
  array->SetPrototype(context, data.prototype.Get(isolate)).Check();
  info.GetReturnValue().Set(array);
}

}  // namespace bindings
