#include "arguments.h"

#include <cmath>

#include "engine.h"
#include "errors.h"

namespace bindings {

bool ArgString(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name,
               std::string* out) {
  if (!value->IsString()) return ThrowInvalidArgType(isolate, name, "be of type string", value);
  *out = engine::ToUtf8(isolate, value);
  return true;
}

bool ArgInteger(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name, int64_t min,
                int64_t max, int64_t* out) {
  if (!value->IsNumber()) return ThrowInvalidArgType(isolate, name, "be of type number", value);
  double number = value.As<v8::Number>()->Value();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (std::trunc(number) != number) {  // also NaN and the infinities
    return ThrowOutOfRange(isolate, name, "an integer", ReceivedNumber(context, value));
  }
  if (number < static_cast<double>(min) || number > static_cast<double>(max)) {
    return ThrowOutOfRange(isolate, name,
                           ">= " + std::to_string(min) + " && <= " + std::to_string(max),
                           ReceivedNumber(context, value));
  }
  *out = static_cast<int64_t>(number);
  return true;
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
  if (value->IsFunction()) return true;
  return ThrowInvalidArgType(isolate, name, "be of type function", value);
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
