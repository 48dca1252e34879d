// Buffers as bytes: equals, compare, indexOf, copy, fill, subarray, slice,
// swap16/32/64 (see buffer.h).
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "buffer/buffer.h"
#include "engine.h"
#include "node_errors.h"

namespace bindings {
namespace {

// JavaScript's ToUint8 of a number: truncated, modulo 256; NaN and the
// infinities are 0.
uint8_t ToUint8(double number) {
  if (!std::isfinite(number)) return 0;
  return static_cast<uint8_t>(static_cast<int64_t>(std::fmod(std::trunc(number), 256.0)));
}

// ---- Comparing ----

// memcmp's answer as -1, 0 or 1; equal prefixes: the shorter comes first.
int CompareBytes(const uint8_t* a, size_t a_size, const uint8_t* b, size_t b_size) {
  size_t common = std::min(a_size, b_size);
  int result = common > 0 ? std::memcmp(a, b, common) : 0;
  if (result == 0) return a_size > b_size ? 1 : a_size < b_size ? -1 : 0;
  return result > 0 ? 1 : -1;
}

bool ValidateUint8Array(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name) {
  if (value->IsUint8Array()) return true;
  return errors::Throw(
      isolate,
      errors::InvalidArgType(isolate, name, "be an instance of Buffer or Uint8Array", value));
}

// ---- Searching ----

// Where a search starts (Node's IndexOfOffset): negative offsets count
// from the end; out of range, indexOf searches all or nothing and
// lastIndexOf the reverse. -1: no match possible.
int64_t SearchStart(size_t length, int64_t offset, int64_t needle_length, bool forward) {
  const int64_t size = static_cast<int64_t>(length);
  if (offset < 0) {
    if (offset + size >= 0) return size + offset;
    return forward || needle_length == 0 ? 0 : -1;
  }
  if (offset + needle_length <= size) return offset;
  if (needle_length == 0) return size;
  return forward ? -1 : size - 1;
}

// The first `needle` at or after `start` (forward), or the last at or
// before it (backward), in units of T; `haystack_size` when there is none.
template <typename T>
size_t Search(const T* haystack, size_t haystack_size, const T* needle, size_t needle_size,
              size_t start, bool forward) {
  if (needle_size > haystack_size) return haystack_size;
  const size_t last = haystack_size - needle_size;
  auto matches = [&](size_t at) {
    return std::memcmp(haystack + at, needle, needle_size * sizeof(T)) == 0;
  };
  if (forward) {
    for (size_t at = start; at <= last; at++) {
      if (haystack[at] == needle[0] && matches(at)) return at;
    }
  } else {
    for (size_t at = std::min(start, last) + 1; at-- > 0;) {
      if (haystack[at] == needle[0] && matches(at)) return at;
    }
  }
  return haystack_size;
}

// Node's indexOfBuffer / indexOfString once the needle is bytes: -1 or
// the byte index. `two_byte`: search whole UTF-16 units (ucs2).
double SearchBytes(ByteSpan haystack, const uint8_t* needle, size_t needle_size, int64_t offset,
                   bool two_byte, bool forward) {
  int64_t start = SearchStart(haystack.size, offset, static_cast<int64_t>(needle_size), forward);
  if (needle_size == 0) return static_cast<double>(start);  // as String#indexOf('')
  if (haystack.size == 0 || start <= -1) return -1;
  size_t from = static_cast<size_t>(start);
  if ((forward && needle_size + from > haystack.size) || needle_size > haystack.size) return -1;
  if (!two_byte) {
    size_t found = Search(haystack.data, haystack.size, needle, needle_size, from, forward);
    return found == haystack.size ? -1 : static_cast<double>(found);
  }
  if (haystack.size < 2 || needle_size < 2) return -1;
  // Copies keep the uint16_t reads aligned, wherever the Buffer starts.
  std::vector<uint16_t> units(haystack.size / 2), pattern(needle_size / 2);
  std::memcpy(units.data(), haystack.data, units.size() * 2);
  std::memcpy(pattern.data(), needle, pattern.size() * 2);
  size_t found =
      Search(units.data(), units.size(), pattern.data(), pattern.size(), from / 2, forward);
  return found == units.size() ? -1 : static_cast<double>(found * 2);
}

// Node's bidirectionalIndexOf: buf.indexOf / lastIndexOf(value, byteOffset,
// encoding). Empty after throwing.
v8::Maybe<double> IndexOf(const v8::FunctionCallbackInfo<v8::Value>& info, bool forward) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Uint8Array> array;
  ByteSpan haystack;
  if (!ThisBytes(info, &array, &haystack)) return v8::Nothing<double>();
  v8::Local<v8::Value> value = info[0];
  v8::Local<v8::Value> encoding_value = info[2];
  double offset = std::numeric_limits<double>::quiet_NaN();
  if (info[1]->IsString()) {  // indexOf(value, encoding)
    encoding_value = info[1];
  } else if (!info[1]->NumberValue(context).To(&offset)) {
    return v8::Nothing<double>();
  }
  offset = std::clamp(offset, -2147483648.0, 2147483647.0);  // NaN stays NaN
  if (std::isnan(offset)) offset = forward ? 0 : static_cast<double>(haystack.size);
  const int64_t start = static_cast<int64_t>(offset);  // truncated, as C++ reads it in Node

  if (value->IsNumber()) {
    uint8_t byte = static_cast<uint8_t>(value->Uint32Value(context).FromJust());
    return v8::Just(SearchBytes(haystack, &byte, 1, start, false, forward));
  }
  std::optional<pool::Encoding> encoding = pool::Encoding::kUtf8;
  if (!encoding_value->IsUndefined()) {
    v8::Local<v8::String> name;
    if (!encoding_value->ToString(context).ToLocal(&name)) return v8::Nothing<double>();
    encoding = pool::EncodingNamed(isolate, name);
  }
  if (value->IsString()) {
    if (!encoding) {
      v8::Local<v8::Object> error;
      if (UnknownEncoding(isolate, encoding_value).ToLocal(&error)) errors::Throw(isolate, error);
      return v8::Nothing<double>();
    }
    // The needle in the buffer's terms: the string's bytes in `encoding`.
    v8::Local<v8::String> text = value.As<v8::String>();
    std::vector<uint8_t> needle(pool::StringByteLength(isolate, text, *encoding) + 4);
    needle.resize(pool::WriteString(isolate, text, *encoding, needle.data(), needle.size()));
    return v8::Just(SearchBytes(haystack, needle.data(), needle.size(), start,
                                *encoding == pool::Encoding::kUtf16le, forward));
  }
  if (value->IsUint8Array()) {
    ByteSpan needle = BytesOf(value.As<v8::Uint8Array>());
    return v8::Just(SearchBytes(haystack, needle.data, needle.size, start,
                                encoding == pool::Encoding::kUtf16le, forward));
  }
  errors::Throw(
      isolate,
      errors::InvalidArgType(
          isolate, "value",
          "be one of type number or string or an instance of Buffer or Uint8Array", value));
  return v8::Nothing<double>();
}

// ---- Copying ----

// Node's toInteger for copy()'s positions: a number, floored; NaN and
// numbers beyond 2^53 become `fallback`.
bool ToCopyIndex(v8::Local<v8::Context> context, v8::Local<v8::Value> value, double* out) {
  if (value->IsNumber() &&
      std::trunc(value.As<v8::Number>()->Value()) == value.As<v8::Number>()->Value()) {
    *out = value.As<v8::Number>()->Value();
    return true;
  }
  double number;
  if (!value->NumberValue(context).To(&number)) return false;
  const double kSafe = 9007199254740991.0;
  *out = std::isnan(number) || number < -kSafe || number > kSafe ? 0 : std::floor(number);
  return true;
}

// ---- Filling ----

// Node's normalizeEncoding, as fill() uses it: undefined and null mean utf8.
std::optional<pool::Encoding> FillEncoding(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  if (value->IsNullOrUndefined()) return pool::Encoding::kUtf8;
  if (!value->IsString()) return std::nullopt;
  return pool::EncodingNamed(isolate, value.As<v8::String>());
}

// Repeats the first `filled` bytes of [data, data + size) to its end.
void RepeatPattern(uint8_t* data, size_t filled, size_t size) {
  while (filled < size) {
    size_t n = std::min(filled, size - filled);
    std::memcpy(data + filled, data, n);
    filled += n;
  }
}

void Swap(const v8::FunctionCallbackInfo<v8::Value>& info, size_t width, const char* bits) {
  v8::Local<v8::Uint8Array> array;
  ByteSpan bytes;
  if (!ThisBytes(info, &array, &bytes)) return;
  if (bytes.size % width != 0) {
    errors::Throw(
        info.GetIsolate(),
        errors::NodeError(info.GetIsolate(), errors::Type::kRangeError, "ERR_INVALID_BUFFER_SIZE",
                          std::string("Buffer size must be a multiple of ") + bits));
    return;
  }
  for (size_t i = 0; i < bytes.size; i += width)
    std::reverse(bytes.data + i, bytes.data + i + width);
  info.GetReturnValue().Set(array);
}

// Node's adjustOffset for subarray(): truncated; negative counts from the
// end; clamped to [0, length]; NaN is 0.
bool AdjustOffset(v8::Local<v8::Context> context, v8::Local<v8::Value> value, double length,
                  double* out) {
  double offset;
  if (!value->NumberValue(context).To(&offset)) return false;
  offset = std::trunc(offset);
  if (offset == 0 || std::isnan(offset)) {
    *out = 0;
  } else if (offset < 0) {
    *out = std::max(offset + length, 0.0);
  } else {
    *out = std::min(offset, length);
  }
  return true;
}

}  // namespace

void BufferIsBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BufferData& data = BufferDataOf(info);
  bool result = false;
  if (info[0]->IsObject() &&
      !info[0]
           ->InstanceOf(data.realm().context(), data.buffer.Get(info.GetIsolate()))
           .To(&result)) {
    return;
  }
  info.GetReturnValue().Set(result);
}

void BufferCompareStatic(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!ValidateUint8Array(isolate, info[0], "buf1") ||
      !ValidateUint8Array(isolate, info[1], "buf2"))
    return;
  ByteSpan a = BytesOf(info[0].As<v8::Uint8Array>());
  ByteSpan b = BytesOf(info[1].As<v8::Uint8Array>());
  info.GetReturnValue().Set(CompareBytes(a.data, a.size, b.data, b.size));
}

void BufferEquals(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Uint8Array> array;
  ByteSpan self;
  if (!ThisBytes(info, &array, &self) ||
      !ValidateUint8Array(info.GetIsolate(), info[0], "otherBuffer")) {
    return;
  }
  ByteSpan other = BytesOf(info[0].As<v8::Uint8Array>());
  info.GetReturnValue().Set(self.size == other.size &&
                            CompareBytes(self.data, self.size, other.data, other.size) == 0);
}

void BufferCompare(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Uint8Array> array;
  ByteSpan source;
  if (!ThisBytes(info, &array, &source) || !ValidateUint8Array(isolate, info[0], "target")) return;
  ByteSpan target = BytesOf(info[0].As<v8::Uint8Array>());
  if (info.Length() == 1) {
    return info.GetReturnValue().Set(
        CompareBytes(source.data, source.size, target.data, target.size));
  }
  // compare(target, targetStart, targetEnd, sourceStart, sourceEnd)
  double target_start = 0, target_end = static_cast<double>(target.size);
  double source_start = 0, source_end = static_cast<double>(source.size);
  auto range = [&](int index, const char* name, double max, double* out) {
    return info[index]->IsUndefined() || ValidateOffset(isolate, info[index], name, 0, max, out);
  };
  if (!range(1, "targetStart", kMaxBufferLength, &target_start) ||
      !range(2, "targetEnd", static_cast<double>(target.size), &target_end) ||
      !range(3, "sourceStart", kMaxBufferLength, &source_start) ||
      !range(4, "sourceEnd", static_cast<double>(source.size), &source_end)) {
    return;
  }
  if (source_start >= source_end)
    return info.GetReturnValue().Set(target_start >= target_end ? 0 : -1);
  if (target_start >= target_end) return info.GetReturnValue().Set(1);
  if (source_start > static_cast<double>(source.size)) {
    errors::Throw(isolate, errors::NodeError(isolate, errors::Type::kRangeError, "ERR_OUT_OF_RANGE",
                                             "The value of \"sourceStart\" is out of range."));
    return;
  }
  size_t s0 = static_cast<size_t>(source_start), s1 = static_cast<size_t>(source_end);
  size_t t0 = static_cast<size_t>(target_start), t1 = static_cast<size_t>(target_end);
  info.GetReturnValue().Set(CompareBytes(source.data + s0, s1 - s0, target.data + t0, t1 - t0));
}

void BufferCopy(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!ValidateUint8Array(isolate, info.This(), "source") ||
      !ValidateUint8Array(isolate, info[0], "target")) {
    return;
  }
  ByteSpan source = BytesOf(info.This().As<v8::Uint8Array>());
  ByteSpan target = BytesOf(info[0].As<v8::Uint8Array>());
  auto received = [&](double n) {
    return errors::ReceivedNumber(context, v8::Number::New(isolate, n));
  };
  double target_start = 0, source_start = 0, source_end = static_cast<double>(source.size);
  if (!info[1]->IsUndefined()) {
    if (!ToCopyIndex(context, info[1], &target_start)) return;
    if (target_start < 0) {
      errors::Throw(isolate,
                    errors::OutOfRange(isolate, "targetStart", ">= 0", received(target_start)));
      return;
    }
  }
  if (!info[2]->IsUndefined()) {
    if (!ToCopyIndex(context, info[2], &source_start)) return;
    if (source_start < 0 || source_start > static_cast<double>(source.size)) {
      errors::Throw(isolate, errors::OutOfRange(isolate, "sourceStart",
                                                ">= 0 && <= " + std::to_string(source.size),
                                                received(source_start)));
      return;
    }
  }
  if (!info[3]->IsUndefined()) {
    if (!ToCopyIndex(context, info[3], &source_end)) return;
    if (source_end < 0) {
      errors::Throw(isolate,
                    errors::OutOfRange(isolate, "sourceEnd", ">= 0", received(source_end)));
      return;
    }
  }
  if (target_start >= static_cast<double>(target.size) || source_start >= source_end) {
    return info.GetReturnValue().Set(0);
  }
  // As many bytes as both sides have room for; memmove, because a Buffer
  // may be copied onto itself.
  double count =
      std::min({source_end - source_start, static_cast<double>(target.size) - target_start,
                static_cast<double>(source.size) - source_start});
  if (count <= 0) return info.GetReturnValue().Set(0);
  std::memmove(target.data + static_cast<size_t>(target_start),
               source.data + static_cast<size_t>(source_start), static_cast<size_t>(count));
  info.GetReturnValue().Set(count);
}

bool FillBuffer(v8::Isolate* isolate, v8::Local<v8::Uint8Array> buffer, v8::Local<v8::Value> value,
                v8::Local<v8::Value> offset_value, v8::Local<v8::Value> end_value,
                v8::Local<v8::Value> encoding_value) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  ByteSpan bytes = BytesOf(buffer);
  const double length = static_cast<double>(bytes.size);
  pool::Encoding encoding = pool::Encoding::kUtf8;
  std::optional<uint8_t> single_byte;  // when the value is one byte after all
  if (value->IsString()) {
    // fill(string[, offset[, end]][, encoding])
    if (offset_value->IsUndefined() || offset_value->IsString()) {
      encoding_value = offset_value;
      offset_value = v8::Integer::New(isolate, 0);
      end_value = v8::Number::New(isolate, length);
    } else if (end_value->IsString()) {
      encoding_value = end_value;
      end_value = v8::Number::New(isolate, length);
    }
    std::optional<pool::Encoding> named = FillEncoding(isolate, encoding_value);
    if (!named) {
      if (!encoding_value->IsString()) {
        return errors::Throw(isolate, errors::InvalidArgType(isolate, "encoding",
                                                             "be of type string", encoding_value));
      }
      // A string: String(encoding_value) cannot throw.
      return errors::Throw(isolate, UnknownEncoding(isolate, encoding_value).ToLocalChecked());
    }
    encoding = *named;
    v8::Local<v8::String> text = value.As<v8::String>();
    if (text->Length() == 0) {
      single_byte = 0;  // '' fills with zeros
    } else if (text->Length() == 1) {
      uint16_t unit;
      text->Write(isolate, &unit, 0, 1, v8::String::NO_NULL_TERMINATION);
      if ((encoding == pool::Encoding::kUtf8 && unit < 128) ||
          encoding == pool::Encoding::kLatin1) {
        single_byte = static_cast<uint8_t>(unit);
      }
    }
  }
  double offset = 0, end = length;
  if (!offset_value->IsUndefined()) {
    if (!ValidateOffset(isolate, offset_value, "offset", 0, kMaxBufferLength, &offset))
      return false;
    if (!end_value->IsUndefined() && !ValidateOffset(isolate, end_value, "end", 0, length, &end)) {
      return false;
    }
    if (offset >= end) return true;
  }
  const size_t fill_length = static_cast<size_t>(end - offset);
  if (fill_length == 0) return true;  // an empty Buffer: nothing to fill
  uint8_t* start = bytes.data + static_cast<size_t>(offset);
  if (single_byte || value->IsNumber()) {
    // As a typed array's fill(): the number modulo 256.
    uint8_t byte = single_byte ? *single_byte : ToUint8(value.As<v8::Number>()->Value());
    std::memset(start, byte, fill_length);
    return true;
  }
  size_t pattern = 0;  // how many bytes of the pattern were written at `start`
  if (value->IsArrayBufferView()) {
    ByteSpan source = BytesOf(value.As<v8::ArrayBufferView>());
    pattern = std::min(source.size, fill_length);
    if (pattern > 0) std::memmove(start, source.data, pattern);
  } else if (value->IsString()) {
    pattern = pool::WriteString(isolate, value.As<v8::String>(), encoding, start, fill_length);
  } else {
    // Anything else is a number to the C++ side of Node: ToUint32 & 255.
    uint32_t number;
    if (!value->Uint32Value(context).To(&number)) return false;
    std::memset(start, static_cast<int>(number & 255), fill_length);
    return true;
  }
  if (pattern == 0)
    return errors::Throw(isolate, errors::InvalidArgValue(isolate, "value", "is invalid", value));
  RepeatPattern(start, pattern, fill_length);
  return true;
}

void BufferFill(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Uint8Array> array;
  ByteSpan bytes;
  if (!ThisBytes(info, &array, &bytes)) return;
  if (FillBuffer(info.GetIsolate(), array, info[0], info[1], info[2], info[3])) {
    info.GetReturnValue().Set(array);
  }
}

void BufferIndexOf(const v8::FunctionCallbackInfo<v8::Value>& info) {
  double index;
  if (IndexOf(info, /*forward=*/true).To(&index)) info.GetReturnValue().Set(index);
}

void BufferLastIndexOf(const v8::FunctionCallbackInfo<v8::Value>& info) {
  double index;
  if (IndexOf(info, /*forward=*/false).To(&index)) info.GetReturnValue().Set(index);
}

void BufferIncludes(const v8::FunctionCallbackInfo<v8::Value>& info) {
  double index;
  if (IndexOf(info, /*forward=*/true).To(&index)) info.GetReturnValue().Set(index != -1);
}

void BufferSubarray(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  v8::Local<v8::Uint8Array> array;
  ByteSpan bytes;
  if (!ThisBytes(info, &array, &bytes)) return;
  const double length = static_cast<double>(bytes.size);
  double start = 0, end = length;
  if (!AdjustOffset(context, info[0], length, &start)) return;
  if (!info[1]->IsUndefined() && !AdjustOffset(context, info[1], length, &end)) return;
  double size = end > start ? end - start : 0;
  // The same memory, seen from `start`: no copy.
  info.GetReturnValue().Set(
      BufferDataOf(info).Wrap(array->Buffer(), array->ByteOffset() + static_cast<size_t>(start),
                              static_cast<size_t>(size)));
}

void BufferSliceMethod(const v8::FunctionCallbackInfo<v8::Value>& info) {
  // Node's slice() is `this.subarray(start, end)`: unlike a Uint8Array's
  // slice(), it shares the memory.
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> subarray;
  Realm& realm = Realm::GetCurrent(info);
  if (!info.This()->Get(context, realm.Name("subarray")).ToLocal(&subarray)) return;
  if (!subarray->IsFunction()) {
    isolate->ThrowException(
        v8::Exception::TypeError(engine::ToV8String(isolate, "this.subarray is not a function")));
    return;
  }
  v8::Local<v8::Value> args[] = {info[0], info[1]};
  v8::Local<v8::Value> result;
  if (subarray.As<v8::Function>()->Call(context, info.This(), 2, args).ToLocal(&result)) {
    info.GetReturnValue().Set(result);
  }
}

void BufferSwap16(const v8::FunctionCallbackInfo<v8::Value>& info) { Swap(info, 2, "16-bits"); }
void BufferSwap32(const v8::FunctionCallbackInfo<v8::Value>& info) { Swap(info, 4, "32-bits"); }
void BufferSwap64(const v8::FunctionCallbackInfo<v8::Value>& info) { Swap(info, 8, "64-bits"); }

// The old names of .buffer and .byteOffset; undefined unless `this` is a
// Buffer.

namespace {

/// `this` as a Uint8Array when it is a Buffer; false (and nothing returned)
/// otherwise, or when the instanceof check threw.
bool ThisBuffer(const v8::FunctionCallbackInfo<v8::Value>& info, v8::Local<v8::Uint8Array>* out) {
  BufferData& data = BufferDataOf(info);
  bool is_buffer = false;
  if (!info.This()
           ->InstanceOf(data.realm().context(), data.buffer.Get(info.GetIsolate()))
           .To(&is_buffer) ||
      !is_buffer || !info.This()->IsUint8Array()) {
    return false;
  }
  *out = info.This().As<v8::Uint8Array>();
  return true;
}

}  // namespace

void BufferParent(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Uint8Array> self;
  if (ThisBuffer(info, &self)) info.GetReturnValue().Set(self->Buffer());
}

void BufferOffset(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Uint8Array> self;
  if (ThisBuffer(info, &self)) info.GetReturnValue().Set(static_cast<double>(self->ByteOffset()));
}

}  // namespace bindings
