/// \file
/// Reading the arguments of the fs natives. Node's lib/fs.js has checked and
/// normalised them (a mode string made a number, a URL made a path), so its
/// binding only asserts; ours is reachable from scripts, so each reader
/// checks and throws Node's error instead (arguments.h). Paths and fds use
/// stage 03's validators, which have Node's wording already.
#include <v8.h>

#include <cmath>
#include <cstdint>

#include "buffer/buffer.h"
#include "fs/fs_binding.h"
#include "node_errors.h"
#include "support/uv_errors.h"
#include "support/validate.h"

namespace bindings {
namespace fs {

bool ValidateFsPath(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name,
                    std::string* out) {
  return pool::ValidatePath(isolate, value, name, out);
}

bool ValidateFileDescriptor(v8::Isolate* isolate, v8::Local<v8::Value> value, uv_file* out) {
  int fd;
  if (!pool::ValidateFd(isolate, value, &fd)) return false;
  *out = fd;
  return true;
}

bool ValidatePosition(v8::Isolate* isolate, v8::Local<v8::Value> value, int64_t* out) {
  if (value->IsNullOrUndefined()) {
    *out = -1;
    return true;
  }
  if (value->IsBigInt()) {  // Node's read() takes a BigInt for offsets past 2^53
    bool lossless;
    int64_t position = value.As<v8::BigInt>()->Int64Value(&lossless);
    if (lossless && position >= -1) {
      *out = position;
      return true;
    }
  }
  return pool::ValidateInteger(isolate, value, "position", -1, INT64_C(9007199254740991), out);
}

bool ValidateMode(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name, int* out) {
  int64_t mode;
  if (!pool::ValidateInteger(isolate, value, name, 0, UINT32_MAX, &mode)) return false;
  *out = static_cast<int>(mode);
  return true;
}

bool ValidateId(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name, int64_t* out) {
  return pool::ValidateInteger(isolate, value, name, -1, UINT32_MAX, out);
}

bool ValidateTime(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name, double* out) {
  if (!value->IsNumber())
    return errors::Throw(isolate,
                         errors::InvalidArgType(isolate, name, "be of type number", value));
  *out = value.As<v8::Number>()->Value();
  return true;
}

bool ValidateFsEncoding(v8::Isolate* isolate, v8::Local<v8::Value> value,
                        std::optional<pool::Encoding>* out) {
  if (value->IsNullOrUndefined()) {
    *out = pool::Encoding::kUtf8;
    return true;
  }
  if (value->IsString()) {
    v8::Local<v8::String> name = value.As<v8::String>();
    if (name->StringEquals(v8::String::NewFromUtf8Literal(isolate, "buffer"))) {
      *out = std::nullopt;
      return true;
    }
    if (std::optional<pool::Encoding> encoding = pool::EncodingNamed(isolate, name)) {
      *out = encoding;
      return true;
    }
  }
  return errors::Throw(isolate,
                       errors::InvalidArgValue(isolate, "encoding", "is invalid encoding", value));
}

v8::MaybeLocal<v8::Value> EncodeName(Realm& realm, const char* data, size_t size,
                                     std::optional<pool::Encoding> encoding) {
  v8::Isolate* isolate = realm.isolate();
  if (!encoding) {
    v8::Local<v8::Uint8Array> buffer;
    if (!realm.binding_data<BufferData>().Copy(data, size).ToLocal(&buffer)) return {};
    return buffer;
  }
  v8::Local<v8::String> text;
  if (!pool::BytesToString(isolate, reinterpret_cast<const uint8_t*>(data), size, *encoding)
           .ToLocal(&text)) {
    isolate->ThrowException(errors::StringTooLong(isolate));
    return {};
  }
  return text;
}

}  // namespace fs
}  // namespace bindings
