#include "support/node_errors.h"

#include <cmath>

#include "engine.h"
#include "inspect/inspect.h"
#include "natives.h"

namespace pool {
namespace {

// Node says "argument" for a parameter and "property" for a member of an
// options object ("options.recursive").
const char* ArgumentOrProperty(const std::string& name) {
  return name.find('.') == std::string::npos ? "argument" : "property";
}

// The value as util.inspect shows it, cut as Node cuts it in these messages.
std::string Inspected(v8::Local<v8::Context> context, v8::Local<v8::Value> value) {
  std::string shown = engine::Inspect(context, value);
  if (shown.size() > 128) shown = shown.substr(0, 128) + "...";
  return shown;
}

}  // namespace

v8::Local<v8::Object> NodeError(v8::Isolate* isolate, ErrorType type, const char* code,
                                const std::string& message) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::String> text = engine::ToV8String(isolate, message);
  v8::Local<v8::Object> error;
  const char* type_name;
  switch (type) {
    case ErrorType::kTypeError:
      error = v8::Exception::TypeError(text).As<v8::Object>();
      type_name = "TypeError";
      break;
    case ErrorType::kRangeError:
      error = v8::Exception::RangeError(text).As<v8::Object>();
      type_name = "RangeError";
      break;
    default:
      error = v8::Exception::Error(text).As<v8::Object>();
      type_name = "Error";
      break;
  }
  return loop::WithCode(context, error, std::string(type_name) + " [" + code + "]", code);
}

v8::Local<v8::Object> InvalidArgType(v8::Local<v8::Context> context, const std::string& name,
                                     const std::string& expected, v8::Local<v8::Value> value) {
  std::string message = "The \"" + name + "\" " + ArgumentOrProperty(name) + " must " + expected +
                        ". " + loop::DescribeReceived(context, value);
  return NodeError(context->GetIsolate(), ErrorType::kTypeError, "ERR_INVALID_ARG_TYPE", message);
}

v8::Local<v8::Object> InvalidArgValue(v8::Local<v8::Context> context, const std::string& name,
                                      const std::string& reason, v8::Local<v8::Value> value) {
  std::string message = std::string("The ") + ArgumentOrProperty(name) + " '" + name + "' " +
                        reason + ". Received " + Inspected(context, value);
  return NodeError(context->GetIsolate(), ErrorType::kTypeError, "ERR_INVALID_ARG_VALUE", message);
}

v8::Local<v8::Object> OutOfRange(v8::Isolate* isolate, const std::string& name,
                                 const std::string& range, const std::string& received) {
  std::string message = "The value of \"" + name + "\" is out of range. It must be " + range +
                        ". Received " + received;
  return NodeError(isolate, ErrorType::kRangeError, "ERR_OUT_OF_RANGE", message);
}

std::string ReceivedNumber(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                           bool group_digits) {
  std::string shown = engine::Inspect(context, value);
  if (!group_digits || !value->IsNumber()) return shown;
  double number = value.As<v8::Number>()->Value();
  if (std::trunc(number) != number || std::fabs(number) <= 4294967296.0) return shown;
  // Node's addNumericalSeparator: "_" between groups of three digits,
  // counted from the right.
  size_t first_digit = shown[0] == '-' ? 1 : 0;
  if (shown.find_first_not_of("0123456789", first_digit) != std::string::npos) return shown;
  std::string grouped;
  size_t digits = shown.size() - first_digit;
  for (size_t i = 0; i < digits; i++) {
    if (i > 0 && (digits - i) % 3 == 0) grouped += '_';
    grouped += shown[first_digit + i];
  }
  return shown.substr(0, first_digit) + grouped;
}

bool Throw(v8::Isolate* isolate, v8::Local<v8::Value> error) {
  isolate->ThrowException(error);
  return false;
}

}  // namespace pool
