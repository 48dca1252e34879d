#include "support/validate.h"

#include <fcntl.h>

#include <cmath>
#include <cstring>

#include "engine.h"
#include "support/node_errors.h"

namespace pool {
namespace {

v8::Isolate* IsolateOf(v8::Local<v8::Context> context) { return context->GetIsolate(); }

}  // namespace

bool ValidateFunction(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                      const std::string& name) {
  if (value->IsFunction()) return true;
  return Throw(IsolateOf(context), InvalidArgType(context, name, "be of type function", value));
}

bool ValidateString(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                    const std::string& name, std::string* out) {
  if (!value->IsString()) {
    return Throw(IsolateOf(context), InvalidArgType(context, name, "be of type string", value));
  }
  *out = engine::ToUtf8(IsolateOf(context), value);
  return true;
}

bool ValidateBoolean(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                     const std::string& name, bool* out) {
  if (!value->IsBoolean()) {
    return Throw(IsolateOf(context), InvalidArgType(context, name, "be of type boolean", value));
  }
  *out = value->IsTrue();
  return true;
}

bool ValidateInteger(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                     const std::string& name, int64_t min, int64_t max, int64_t* out,
                     bool group_digits) {
  v8::Isolate* isolate = IsolateOf(context);
  if (!value->IsNumber()) {
    return Throw(isolate, InvalidArgType(context, name, "be of type number", value));
  }
  double number = value.As<v8::Number>()->Value();
  if (!std::isfinite(number) || std::trunc(number) != number) {
    return Throw(isolate, OutOfRange(isolate, name, "an integer",
                                     ReceivedNumber(context, value, group_digits)));
  }
  if (number < static_cast<double>(min) || number > static_cast<double>(max)) {
    std::string range = ">= " + std::to_string(min) + " && <= " + std::to_string(max);
    return Throw(isolate,
                 OutOfRange(isolate, name, range, ReceivedNumber(context, value, group_digits)));
  }
  *out = static_cast<int64_t>(number);
  return true;
}

bool ValidateFd(v8::Local<v8::Context> context, v8::Local<v8::Value> value, int* out) {
  int64_t fd;
  if (!ValidateInteger(context, value, "fd", 0, INT32_MAX, &fd, false)) return false;
  *out = static_cast<int>(fd);
  return true;
}

bool ValidatePath(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                  const std::string& name, std::string* out) {
  v8::Isolate* isolate = IsolateOf(context);
  std::string path;
  if (value->IsString()) {
    path = engine::ToUtf8(isolate, value);
  } else if (value->IsUint8Array()) {
    v8::Local<v8::Uint8Array> bytes = value.As<v8::Uint8Array>();
    path.resize(bytes->ByteLength());
    bytes->CopyContents(path.data(), path.size());
  } else {
    return Throw(
        isolate,
        InvalidArgType(context, name, "be of type string or an instance of Buffer or URL", value));
  }
  if (path.find('\0') != std::string::npos) {
    return Throw(isolate,
                 InvalidArgValue(context, name,
                                 "must be a string, Uint8Array, or URL without null bytes", value));
  }
  *out = std::move(path);
  return true;
}

bool ValidateEncoding(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                      std::optional<Encoding>* out) {
  if (!value->BooleanValue(IsolateOf(context))) {  // undefined, null, '', false, 0
    *out = std::nullopt;
    return true;
  }
  std::optional<Encoding> encoding;
  if (value->IsString()) encoding = ParseEncoding(engine::ToUtf8(IsolateOf(context), value));
  if (!encoding) {
    return Throw(IsolateOf(context),
                 InvalidArgValue(context, "encoding", "is invalid encoding", value));
  }
  *out = encoding;
  return true;
}

bool ParseOpenFlags(v8::Local<v8::Context> context, v8::Local<v8::Value> value, int default_flags,
                    int* out) {
  if (value->IsNullOrUndefined()) {
    *out = default_flags;
    return true;
  }
  if (value->IsNumber()) {
    int64_t flags;
    if (!ValidateInteger(context, value, "flags", INT32_MIN, INT32_MAX, &flags, false)) {
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
    std::string text = engine::ToUtf8(IsolateOf(context), value);
    for (const Flag& flag : kFlags) {
      for (const char* name : flag.names) {
        if (name != nullptr && text == name) {
          *out = flag.flags;
          return true;
        }
      }
    }
  }
  return Throw(IsolateOf(context), InvalidArgValue(context, "flags", "is invalid", value));
}

bool ParseFileMode(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                   const std::string& name, int default_mode, int* out) {
  if (value->IsNullOrUndefined()) {
    *out = default_mode;
    return true;
  }
  if (value->IsString()) {
    std::string text = engine::ToUtf8(IsolateOf(context), value);
    if (text.empty() || text.size() > 11 ||
        text.find_first_not_of("01234567") != std::string::npos) {
      return Throw(IsolateOf(context),
                   InvalidArgValue(context, name,
                                   "must be a 32-bit unsigned integer or an octal string", value));
    }
    unsigned long long mode = std::stoull(text, nullptr, 8);
    if (mode > UINT32_MAX) {
      return Throw(IsolateOf(context), OutOfRange(IsolateOf(context), name, ">= 0 && <= 4294967295",
                                                  std::to_string(mode)));
    }
    *out = static_cast<int>(mode);
    return true;
  }
  int64_t mode;
  if (!ValidateInteger(context, value, name, 0, UINT32_MAX, &mode)) return false;
  *out = static_cast<int>(mode);
  return true;
}

bool Options::Parse(v8::Local<v8::Context> context, v8::Local<v8::Value> value) {
  context_ = context;
  encoding = std::nullopt;
  if (value->IsNullOrUndefined() || value->IsFunction()) return true;
  if (value->IsString()) {
    buffer_encoding = engine::ToUtf8(IsolateOf(context), value) == "buffer";
    return buffer_encoding || ValidateEncoding(context, value, &encoding);
  }
  if (!value->IsObject()) {
    return Throw(IsolateOf(context),
                 InvalidArgType(context, "options", "be one of type string or object", value));
  }
  object_ = value.As<v8::Object>();
  v8::Local<v8::Value> encoding_value;
  if (!Get("encoding", &encoding_value)) return false;
  if (encoding_value->IsString() &&
      engine::ToUtf8(IsolateOf(context), encoding_value) == "buffer") {
    buffer_encoding = true;
    return true;
  }
  return ValidateEncoding(context, encoding_value, &encoding);
}

bool Options::Get(const char* name, v8::Local<v8::Value>* out) const {
  if (object_.IsEmpty()) {
    *out = v8::Undefined(IsolateOf(context_));
    return true;
  }
  return object_->Get(context_, engine::ToV8String(IsolateOf(context_), name)).ToLocal(out);
}

bool Options::GetBoolean(const char* name, bool* out) const {
  v8::Local<v8::Value> value;
  if (!Get(name, &value)) return false;
  if (value->IsUndefined()) return true;
  return ValidateBoolean(context_, value, std::string("options.") + name, out);
}

}  // namespace pool
