#include "arguments.h"

#include <cmath>

#include "errors.h"
#include "support/validate.h"

namespace bindings {

// The plain type and range checks are stage 03's validators (validate.h);
// only the isolate-first signature is this stage's.

bool ArgString(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name,
               std::string* out) {
  return pool::ValidateString(isolate->GetCurrentContext(), value, name, out);
}

bool ArgInteger(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name, int64_t min,
                int64_t max, int64_t* out) {
  return pool::ValidateInteger(isolate->GetCurrentContext(), value, name, min, max, out);
}

bool ArgPort(v8::Isolate* isolate, v8::Local<v8::Value> value, int* out) {
  double number = value->IsNumber() ? value.As<v8::Number>()->Value() : -1;
  if (std::trunc(number) != number || number < 0 || number > 65535) {
    return ThrowNodeError(isolate, ErrorType::kRangeError, "ERR_SOCKET_BAD_PORT",
                          "Port should be >= 0 and < 65536. " +
                              DescribeReceived(isolate->GetCurrentContext(), value) + ".");
  }
  *out = static_cast<int>(number);
  return true;
}

bool ArgFunction(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name) {
  return pool::ValidateFunction(isolate->GetCurrentContext(), value, name);
}

bool ArgBytes(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name,
              v8::Local<v8::ArrayBufferView>* out) {
  if (!value->IsArrayBufferView()) {
    return ThrowInvalidArgType(isolate, name, "be an instance of Buffer, TypedArray, or DataView",
                               value);
  }
  *out = value.As<v8::ArrayBufferView>();
  return true;
}

bool ArgObject(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name,
               v8::Local<v8::Object>* out) {
  if (!value->IsObject()) return ThrowInvalidArgType(isolate, name, "be of type object", value);
  *out = value.As<v8::Object>();
  return true;
}

bool CheckConstructCall(const v8::FunctionCallbackInfo<v8::Value>& info, const char* class_name) {
  if (info.IsConstructCall()) return true;
  return ThrowNodeError(
      info.GetIsolate(), ErrorType::kTypeError, "ERR_CONSTRUCT_CALL_REQUIRED",
      std::string("Class constructor ") + class_name + " cannot be invoked without 'new'");
}

}  // namespace bindings
