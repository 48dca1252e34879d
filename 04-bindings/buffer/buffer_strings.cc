// Buffers and strings: toString, write, byteLength, isEncoding, toJSON and
// the per-encoding *Slice / *Write methods (see buffer.h). The encoding
// itself is string_bytes.h's job; this file reads the arguments as Node
// does, which is most of the work.
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>

#include "buffer/buffer.h"
#include "engine.h"
#include "node_errors.h"

namespace bindings {
namespace {

// JavaScript's ToInt32 (`x | 0`) of a number.
int32_t ToInt32(double number) {
  if (!std::isfinite(number)) return 0;
  double wrapped = std::fmod(std::trunc(number), 4294967296.0);
  if (wrapped < 0) wrapped += 4294967296.0;
  return static_cast<int32_t>(static_cast<uint32_t>(wrapped));
}

// Node's getEncodingOps: the encoding `String(value)` names, if any.
// Nothing when String(value) threw.
v8::Maybe<std::optional<pool::Encoding>> EncodingOfValue(v8::Isolate* isolate,
                                                         v8::Local<v8::Value> value) {
  v8::Local<v8::String> name;
  if (!value->ToString(isolate->GetCurrentContext()).ToLocal(&name)) {
    return v8::Nothing<std::optional<pool::Encoding>>();
  }
  return v8::Just(pool::EncodingNamed(isolate, name));
}

// Node's ParseArrayIndex, for the C++-side methods: undefined means
// `fallback`; anything else is converted to an integer, and a negative one
// is ERR_OUT_OF_RANGE "Index out of range". False after throwing.
bool ArrayIndex(v8::Isolate* isolate, v8::Local<v8::Value> value, size_t fallback, size_t* out) {
  if (value->IsUndefined()) {
    *out = fallback;
    return true;
  }
  int64_t index;
  if (!value->IntegerValue(isolate->GetCurrentContext()).To(&index)) return false;
  if (index < 0) {
    return errors::Throw(isolate, errors::NodeError(isolate, errors::Type::kRangeError,
                                                    "ERR_OUT_OF_RANGE", "Index out of range"));
  }
  *out = static_cast<size_t>(index);
  return true;
}

void ReturnString(const v8::FunctionCallbackInfo<v8::Value>& info, const uint8_t* data, size_t size,
                  pool::Encoding encoding) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::String> text;
  if (!pool::BytesToString(isolate, data, size, encoding).ToLocal(&text)) {
    isolate->ThrowException(errors::StringTooLong(isolate));
    return;
  }
  info.GetReturnValue().Set(text);
}

// The C++ half of every write: (string, offset, length) into `bytes`,
// returning the byte count. `checked_in_js`: utf8Write, latin1Write and
// asciiWrite check their range in JavaScript first in Node, with their own
// errors, and this keeps that order.
void WriteEncoded(const v8::FunctionCallbackInfo<v8::Value>& info, ByteSpan bytes,
                  pool::Encoding encoding, v8::Local<v8::Value> string,
                  v8::Local<v8::Value> offset_value, v8::Local<v8::Value> length_value,
                  bool checked_in_js) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (checked_in_js) {
    double offset = 0, length = 0;
    if (!offset_value->IsUndefined() && !offset_value->NumberValue(context).To(&offset)) return;
    if (offset < 0 || offset > static_cast<double>(bytes.size)) {
      errors::Throw(isolate, BufferOutOfBounds(isolate, "offset"));
      return;
    }
    if (!length_value->IsUndefined() && !length_value->NumberValue(context).To(&length)) return;
    if (length < 0) {
      errors::Throw(isolate, BufferOutOfBounds(isolate, "length"));
      return;
    }
  }
  if (!string->IsString()) {
    errors::Throw(isolate, errors::NodeError(isolate, errors::Type::kTypeError,
                                             "ERR_INVALID_ARG_TYPE", "argument must be a string"));
    return;
  }
  size_t offset, max_length;
  if (!ArrayIndex(isolate, offset_value, 0, &offset)) return;
  if (offset > bytes.size) {
    errors::Throw(isolate, BufferOutOfBounds(isolate, "offset"));
    return;
  }
  if (!ArrayIndex(isolate, length_value, bytes.size - offset, &max_length)) return;
  max_length = std::min(bytes.size - offset, max_length);
  size_t written = max_length == 0 ? 0
                                   : pool::WriteString(isolate, string.As<v8::String>(), encoding,
                                                       bytes.data + offset, max_length);
  info.GetReturnValue().Set(static_cast<double>(written));
}

}  // namespace

void BufferByteLength(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Value> value = info[0];
  if (!value->IsString()) {
    if (value->IsArrayBufferView()) {
      info.GetReturnValue().Set(static_cast<double>(value.As<v8::ArrayBufferView>()->ByteLength()));
    } else if (value->IsArrayBuffer()) {
      info.GetReturnValue().Set(static_cast<double>(value.As<v8::ArrayBuffer>()->ByteLength()));
    } else if (value->IsSharedArrayBuffer()) {
      info.GetReturnValue().Set(
          static_cast<double>(value.As<v8::SharedArrayBuffer>()->ByteLength()));
    } else {
      errors::Throw(isolate,
                    errors::InvalidArgType(
                        isolate, "string",
                        "be of type string or an instance of Buffer or ArrayBuffer", value));
    }
    return;
  }
  v8::Local<v8::String> text = value.As<v8::String>();
  pool::Encoding encoding = pool::Encoding::kUtf8;  // also for a name Node does not know
  if (text->Length() > 0 && info[1]->BooleanValue(isolate)) {
    std::optional<pool::Encoding> named;
    if (!EncodingOfValue(isolate, info[1]).To(&named)) return;
    if (named) encoding = *named;
  }
  info.GetReturnValue().Set(static_cast<double>(pool::StringByteLength(isolate, text, encoding)));
}

void BufferIsEncoding(const v8::FunctionCallbackInfo<v8::Value>& info) {
  bool known = info[0]->IsString() &&
               pool::EncodingNamed(info.GetIsolate(), info[0].As<v8::String>()).has_value();
  info.GetReturnValue().Set(known);
}

void BufferToString(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Uint8Array> array;
  ByteSpan bytes;
  if (!ThisBytes(info, &array, &bytes)) return;
  if (info.Length() == 0) return ReturnString(info, bytes.data, bytes.size, pool::Encoding::kUtf8);

  // Out-of-range positions are clamped rather than refused, as Node does
  // (with JavaScript's comparisons: undefined is NaN, null is 0).
  const double length = static_cast<double>(bytes.size);
  double start_number = 0, end_number = length;  // (undefined is NaN, which counts as 0)
  if (!info[1]->IsUndefined() && !info[1]->NumberValue(context).To(&start_number)) return;
  int32_t start;
  if (start_number <= 0) {
    start = 0;
  } else if (start_number >= length) {
    return info.GetReturnValue().SetEmptyString();
  } else {
    start = ToInt32(start_number);
  }
  if (!info[2]->IsUndefined() && !info[2]->NumberValue(context).To(&end_number)) return;
  int32_t end = info[2]->IsUndefined() || end_number > length ? static_cast<int32_t>(bytes.size)
                                                              : ToInt32(end_number);
  if (end <= start) return info.GetReturnValue().SetEmptyString();

  pool::Encoding encoding = pool::Encoding::kUtf8;
  if (!info[0]->IsUndefined()) {
    std::optional<pool::Encoding> named;
    if (!EncodingOfValue(isolate, info[0]).To(&named)) return;
    if (!named) {
      v8::Local<v8::Object> error;
      if (UnknownEncoding(isolate, info[0]).ToLocal(&error)) errors::Throw(isolate, error);
      return;
    }
    encoding = *named;
  }
  ReturnString(info, bytes.data + start, end - start, encoding);
}

template <pool::Encoding kEncoding>
void BufferSlice(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Uint8Array> array;
  ByteSpan bytes;
  size_t start, end;
  if (!ThisBytes(info, &array, &bytes) || !ArrayIndex(isolate, info[0], 0, &start) ||
      !ArrayIndex(isolate, info[1], bytes.size, &end)) {
    return;
  }
  if (end < start) end = start;
  if (end > bytes.size) {
    errors::Throw(isolate, errors::NodeError(isolate, errors::Type::kRangeError, "ERR_OUT_OF_RANGE",
                                             "Index out of range"));
    return;
  }
  ReturnString(info, bytes.data + start, end - start, kEncoding);
}

template <pool::Encoding kEncoding>
void BufferEncodingWrite(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Uint8Array> array;
  ByteSpan bytes;
  if (!ThisBytes(info, &array, &bytes)) return;
  constexpr bool kCheckedInJs = kEncoding == pool::Encoding::kUtf8 ||
                                kEncoding == pool::Encoding::kLatin1 ||
                                kEncoding == pool::Encoding::kAscii;
  WriteEncoded(info, bytes, kEncoding, info[0], info[1], info[2], kCheckedInJs);
}

void BufferWrite(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Uint8Array> array;
  ByteSpan bytes;
  if (!ThisBytes(info, &array, &bytes)) return;
  v8::Local<v8::Value> string = info[0];
  v8::Local<v8::Value> offset = info[1];
  v8::Local<v8::Value> length = info[2];
  v8::Local<v8::Value> encoding = info[3];
  const double size = static_cast<double>(bytes.size);
  if (offset->IsUndefined()) {
    // write(string)
    return WriteEncoded(info, bytes, pool::Encoding::kUtf8, string, v8::Integer::New(isolate, 0),
                        v8::Number::New(isolate, size), true);
  }
  double first, count;
  if (length->IsUndefined() && offset->IsString()) {
    // write(string, encoding)
    encoding = offset;
    first = 0;
    count = size;
  } else {
    // write(string, offset[, length][, encoding])
    if (!ValidateOffset(isolate, offset, "offset", 0, size, &first)) return;
    const double remaining = size - first;
    if (length->IsUndefined()) {
      count = remaining;
    } else if (length->IsString()) {
      encoding = length;
      count = remaining;
    } else {
      if (!ValidateOffset(isolate, length, "length", 0, size, &count)) return;
      count = std::min(count, remaining);
    }
  }
  pool::Encoding chosen = pool::Encoding::kUtf8;
  if (encoding->BooleanValue(isolate)) {
    std::optional<pool::Encoding> named;
    if (!EncodingOfValue(isolate, encoding).To(&named)) return;
    if (!named) {
      v8::Local<v8::Object> error;
      if (UnknownEncoding(isolate, encoding).ToLocal(&error)) errors::Throw(isolate, error);
      return;
    }
    chosen = *named;
  }
  bool checked_in_js = chosen == pool::Encoding::kUtf8 || chosen == pool::Encoding::kLatin1 ||
                       chosen == pool::Encoding::kAscii;
  WriteEncoded(info, bytes, chosen, string, v8::Number::New(isolate, first),
               v8::Number::New(isolate, count), checked_in_js);
}

void BufferToJSON(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Uint8Array> array;
  ByteSpan bytes;
  if (!ThisBytes(info, &array, &bytes)) return;
  v8::Local<v8::Array> data = v8::Array::New(isolate, static_cast<int>(bytes.size));
  for (size_t i = 0; i < bytes.size; i++) {
    data->CreateDataProperty(context, static_cast<uint32_t>(i),
                             v8::Integer::New(isolate, bytes.data[i]))
        .Check();
  }
  v8::Local<v8::Object> json = v8::Object::New(isolate);
  Realm& realm = Realm::GetCurrent(info);
  json->CreateDataProperty(context, realm.Name("type"), realm.Name("Buffer")).Check();
  json->CreateDataProperty(context, realm.Name("data"), data).Check();
  info.GetReturnValue().Set(json);
}

// The seven encodings of each template, as buffer_binding.cc installs them.
#define INSTANTIATE(encoding)                                                           \
  template void BufferSlice<encoding>(const v8::FunctionCallbackInfo<v8::Value>& info); \
  template void BufferEncodingWrite<encoding>(const v8::FunctionCallbackInfo<v8::Value>& info);
INSTANTIATE(pool::Encoding::kUtf8)
INSTANTIATE(pool::Encoding::kUtf16le)
INSTANTIATE(pool::Encoding::kLatin1)
INSTANTIATE(pool::Encoding::kAscii)
INSTANTIATE(pool::Encoding::kHex)
INSTANTIATE(pool::Encoding::kBase64)
INSTANTIATE(pool::Encoding::kBase64Url)
#undef INSTANTIATE

}  // namespace bindings
