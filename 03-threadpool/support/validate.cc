#include "support/validate.h"

#include <fcntl.h>

#include <cmath>
#include <cstring>

#include "engine.h"
#include "node_errors.h"

namespace pool {

bool ValidateFunction(v8::Isolate* isolate, v8::Local<v8::Value> value, const std::string& name) {
  if (value->IsFunction()) return true;
  return errors::Throw(isolate,
                       errors::InvalidArgType(isolate, name, "be of type function", value));
}

bool ValidateString(v8::Isolate* isolate, v8::Local<v8::Value> value, const std::string& name,
                    std::string* out) {
  if (!value->IsString()) {
    return errors::Throw(isolate,
                         errors::InvalidArgType(isolate, name, "be of type string", value));
  }
  *out = engine::ToUtf8(isolate, value);
  return true;
}

bool ValidateBoolean(v8::Isolate* isolate, v8::Local<v8::Value> value, const std::string& name,
                     bool* out) {
  if (!value->IsBoolean()) {
    return errors::Throw(isolate,
                         errors::InvalidArgType(isolate, name, "be of type boolean", value));
  }
  *out = value->IsTrue();
  return true;
}

bool ValidateInteger(v8::Isolate* isolate, v8::Local<v8::Value> value, const std::string& name,
                     int64_t min, int64_t max, int64_t* out, bool group_digits) {
  if (!value->IsNumber()) {
    return errors::Throw(isolate,
                         errors::InvalidArgType(isolate, name, "be of type number", value));
  }
  double number = value.As<v8::Number>()->Value();
  if (!std::isfinite(number) || std::trunc(number) != number) {
    return errors::Throw(
        isolate, errors::OutOfRange(
                     isolate, name, "an integer",
                     errors::ReceivedNumber(isolate->GetCurrentContext(), value, group_digits)));
  }
  if (number < static_cast<double>(min) || number > static_cast<double>(max)) {
    std::string range = ">= " + std::to_string(min) + " && <= " + std::to_string(max);
    return errors::Throw(
        isolate, errors::OutOfRange(
                     isolate, name, range,
                     errors::ReceivedNumber(isolate->GetCurrentContext(), value, group_digits)));
  }
  *out = static_cast<int64_t>(number);
  return true;
}

bool ValidateObject(v8::Isolate* isolate, v8::Local<v8::Value> value, const std::string& name,
                    v8::Local<v8::Object>* out) {
  if (!value->IsObject()) {
    return errors::Throw(isolate,
                         errors::InvalidArgType(isolate, name, "be of type object", value));
  }
  *out = value.As<v8::Object>();
  return true;
}

bool ValidatePort(v8::Isolate* isolate, v8::Local<v8::Value> value, int* out) {
  double number = value->IsNumber() ? value.As<v8::Number>()->Value() : -1;
  if (std::trunc(number) != number || number < 0 || number > 65535) {
    return errors::Throw(isolate, errors::SocketBadPort(isolate, value));
  }
  *out = static_cast<int>(number);
  return true;
}

bool ValidateBuffer(v8::Isolate* isolate, v8::Local<v8::Value> value, const std::string& name,
                    v8::Local<v8::ArrayBufferView>* out) {
  if (!value->IsArrayBufferView()) {
    return errors::Throw(
        isolate, errors::InvalidArgType(
                     isolate, name, "be an instance of Buffer, TypedArray, or DataView", value));
  }
  *out = value.As<v8::ArrayBufferView>();
  return true;
}

bool ValidateFd(v8::Isolate* isolate, v8::Local<v8::Value> value, int* out) {
  int64_t fd;
  if (!ValidateInteger(isolate, value, "fd", 0, INT32_MAX, &fd, false)) return false;
  *out = static_cast<int>(fd);
  return true;
}

bool ValidatePath(v8::Isolate* isolate, v8::Local<v8::Value> value, const std::string& name,
                  std::string* out) {
  std::string path;
  if (value->IsString()) {
    path = engine::ToUtf8(isolate, value);
  } else if (value->IsUint8Array()) {
    v8::Local<v8::Uint8Array> bytes = value.As<v8::Uint8Array>();
    path.resize(bytes->ByteLength());
    bytes->CopyContents(path.data(), path.size());
  } else {
    return errors::Throw(
        isolate, errors::InvalidArgType(
                     isolate, name, "be of type string or an instance of Buffer or URL", value));
  }
  if (path.find('\0') != std::string::npos) {
    return errors::Throw(
        isolate,
        errors::InvalidArgValue(isolate, name,
                                "must be a string, Uint8Array, or URL without null bytes", value));
  }
  *out = std::move(path);
  return true;
}

bool ValidateEncoding(v8::Isolate* isolate, v8::Local<v8::Value> value,
                      std::optional<Encoding>* out) {
  if (!value->BooleanValue(isolate)) {  // undefined, null, '', false, 0
    *out = std::nullopt;
    return true;
  }
  std::optional<Encoding> encoding;
  if (value->IsString()) encoding = ParseEncoding(engine::ToUtf8(isolate, value));
  if (!encoding) {
    return errors::Throw(
        isolate, errors::InvalidArgValue(isolate, "encoding", "is invalid encoding", value));
  }
  *out = encoding;
  return true;
}

bool ParseOpenFlags(v8::Isolate* isolate, v8::Local<v8::Value> value, int default_flags, int* out) {
  if (value->IsNullOrUndefined()) {
    *out = default_flags;
    return true;
  }
  if (value->IsNumber()) {
    int64_t flags;
    if (!ValidateInteger(isolate, value, "flags", INT32_MIN, INT32_MAX, &flags, false)) {
      return false;
    }
    *out = static_cast<int>(flags);
    return true;
  }
  // Node's table: r(ead), w(rite: create, truncate), a(ppend: create), with
  // + (also the other direction), x (fail if it exists), s (synchronous).
  struct Flag {
    const char* names[2];
    int flags;
  };
  static const Flag kFlags[] = {
      {{"r", nullptr}, O_RDONLY},
      {{"rs", "sr"}, O_RDONLY | O_SYNC},
      {{"r+", nullptr}, O_RDWR},
      {{"rs+", "sr+"}, O_RDWR | O_SYNC},
      {{"w", nullptr}, O_TRUNC | O_CREAT | O_WRONLY},
      {{"wx", "xw"}, O_TRUNC | O_CREAT | O_WRONLY | O_EXCL},
      {{"w+", nullptr}, O_TRUNC | O_CREAT | O_RDWR},
      {{"wx+", "xw+"}, O_TRUNC | O_CREAT | O_RDWR | O_EXCL},
      {{"a", nullptr}, O_APPEND | O_CREAT | O_WRONLY},
      {{"ax", "xa"}, O_APPEND | O_CREAT | O_WRONLY | O_EXCL},
      {{"as", "sa"}, O_APPEND | O_CREAT | O_WRONLY | O_SYNC},
      {{"a+", nullptr}, O_APPEND | O_CREAT | O_RDWR},
      {{"ax+", "xa+"}, O_APPEND | O_CREAT | O_RDWR | O_EXCL},
      {{"as+", "sa+"}, O_APPEND | O_CREAT | O_RDWR | O_SYNC},
  };
  if (value->IsString()) {
    std::string text = engine::ToUtf8(isolate, value);
    for (const Flag& flag : kFlags) {
      for (const char* name : flag.names) {
        if (name != nullptr && text == name) {
          *out = flag.flags;
          return true;
        }
      }
    }
  }
  return errors::Throw(isolate, errors::InvalidArgValue(isolate, "flags", "is invalid", value));
}

bool ParseFileMode(v8::Isolate* isolate, v8::Local<v8::Value> value, const std::string& name,
                   int default_mode, int* out) {
  if (value->IsNullOrUndefined()) {
    *out = default_mode;
    return true;
  }
  if (value->IsString()) {
    std::string text = engine::ToUtf8(isolate, value);
    if (text.empty() || text.size() > 11 ||
        text.find_first_not_of("01234567") != std::string::npos) {
      return errors::Throw(
          isolate,
          errors::InvalidArgValue(isolate, name,
                                  "must be a 32-bit unsigned integer or an octal string", value));
    }
    unsigned long long mode = std::stoull(text, nullptr, 8);
    if (mode > UINT32_MAX) {
      return errors::Throw(isolate, errors::OutOfRange(isolate, name, ">= 0 && <= 4294967295",
                                                       std::to_string(mode)));
    }
    *out = static_cast<int>(mode);
    return true;
  }
  int64_t mode;
  if (!ValidateInteger(isolate, value, name, 0, UINT32_MAX, &mode)) return false;
  *out = static_cast<int>(mode);
  return true;
}

bool Options::Parse(v8::Local<v8::Context> context, v8::Local<v8::Value> value) {
  v8::Isolate* isolate = context->GetIsolate();
  context_ = context;
  encoding = std::nullopt;
  if (value->IsNullOrUndefined() || value->IsFunction()) return true;
  if (value->IsString()) {
    buffer_encoding = engine::ToUtf8(isolate, value) == "buffer";
    return buffer_encoding || ValidateEncoding(isolate, value, &encoding);
  }
  if (!value->IsObject()) {
    return errors::Throw(isolate, errors::InvalidArgType(isolate, "options",
                                                         "be one of type string or object", value));
  }
  object_ = value.As<v8::Object>();
  v8::Local<v8::Value> encoding_value;
  if (!Get("encoding", &encoding_value)) return false;
  if (encoding_value->IsString() && engine::ToUtf8(isolate, encoding_value) == "buffer") {
    buffer_encoding = true;
    return true;
  }
  return ValidateEncoding(isolate, encoding_value, &encoding);
}

bool Options::Get(const char* name, v8::Local<v8::Value>* out) const {
  if (object_.IsEmpty()) {
    *out = v8::Undefined(context_->GetIsolate());
    return true;
  }
  return object_->Get(context_, engine::ToV8String(context_->GetIsolate(), name)).ToLocal(out);
}

bool Options::GetBoolean(const char* name, bool* out) const {
  v8::Local<v8::Value> value;
  if (!Get(name, &value)) return false;
  if (value->IsUndefined()) return true;
  return ValidateBoolean(context_->GetIsolate(), value, std::string("options.") + name, out);
}

}  // namespace pool
