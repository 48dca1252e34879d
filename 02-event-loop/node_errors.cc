#include "node_errors.h"

#include <cmath>
#include <cstdio>

#include "engine.h"
#include "inspect/inspect.h"

namespace errors {
namespace {

// Node says "argument" for a parameter and "property" for a member of an
// options object ("options.recursive").
const char* ArgumentOrProperty(const std::string& name) {
  return name.find('.') == std::string::npos ? "argument" : "property";
}

bool EndsWith(const std::string& text, const std::string& suffix) {
  return text.size() > suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The value as util.inspect shows it, cut as Node cuts it in these messages.
std::string Inspected(v8::Local<v8::Context> context, v8::Local<v8::Value> value) {
  std::string shown = engine::Inspect(context, value);
  if (shown.size() > 128) shown = shown.substr(0, 128) + "...";
  return shown;
}

}  // namespace

v8::Local<v8::Object> WithCode(v8::Local<v8::Context> context, v8::Local<v8::Value> error,
                               const std::string& stack_name, const char* code) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> object = error.As<v8::Object>();
  v8::Local<v8::String> name_key = engine::ToV8String(isolate, "name");
  // Own data properties, so that a setter a script put on a prototype does
  // not run; and a script's Error.prepareStackTrace may throw while the
  // stack is formatted: the error is still made, with whatever stack it has.
  object->CreateDataProperty(context, name_key, engine::ToV8String(isolate, stack_name)).Check();
  {
    v8::TryCatch prepare_stack_trace_threw(isolate);
    object->Get(context, engine::ToV8String(isolate, "stack")).IsEmpty();
  }
  object->Delete(context, name_key).Check();  // back to the prototype's name
  object
      ->CreateDataProperty(context, engine::ToV8String(isolate, "code"),
                           engine::ToV8String(isolate, code))
      .Check();
  return object;
}

v8::Local<v8::Object> NodeError(v8::Isolate* isolate, Type type, const char* code,
                                const std::string& message) {
  v8::Local<v8::String> text = engine::ToV8String(isolate, message);
  v8::Local<v8::Value> error;
  const char* type_name;
  switch (type) {
    case Type::kTypeError:
      error = v8::Exception::TypeError(text);
      type_name = "TypeError";
      break;
    case Type::kRangeError:
      error = v8::Exception::RangeError(text);
      type_name = "RangeError";
      break;
    default:
      error = v8::Exception::Error(text);
      type_name = "Error";
      break;
  }
  return WithCode(isolate->GetCurrentContext(), error, std::string(type_name) + " [" + code + "]",
                  code);
}

bool Throw(v8::Isolate* isolate, v8::Local<v8::Value> error) {
  isolate->ThrowException(error);
  return false;
}

std::string DescribeReceived(v8::Local<v8::Context> context, v8::Local<v8::Value> value) {
  v8::Isolate* isolate = context->GetIsolate();
  if (value->IsUndefined()) return "Received undefined";
  if (value->IsNull()) return "Received null";
  if (value->IsFunction()) {
    std::string name = engine::ToUtf8(isolate, value.As<v8::Function>()->GetName());
    return name.empty() ? "Received function " : "Received function " + name;
  }
  if (value->IsObject()) {
    std::string constructor = engine::ToUtf8(isolate, value.As<v8::Object>()->GetConstructorName());
    return "Received an instance of " + constructor;
  }
  std::string shown = engine::Inspect(context, value);
  if (shown.size() > 28) shown = shown.substr(0, 25) + "...";
  std::string type = engine::ToUtf8(isolate, value->TypeOf(isolate));
  return "Received type " + type + " (" + shown + ")";
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

v8::Local<v8::Object> InvalidArgType(v8::Isolate* isolate, const std::string& name,
                                     const std::string& expected, v8::Local<v8::Value> value) {
  std::string subject =
      EndsWith(name, " argument") ? name : "\"" + name + "\" " + ArgumentOrProperty(name);
  std::string message = "The " + subject + " must " + expected + ". " +
                        DescribeReceived(isolate->GetCurrentContext(), value);
  return NodeError(isolate, Type::kTypeError, "ERR_INVALID_ARG_TYPE", message);
}

v8::Local<v8::Object> InvalidArgValue(v8::Isolate* isolate, const std::string& name,
                                      const std::string& reason, v8::Local<v8::Value> value) {
  std::string message = std::string("The ") + ArgumentOrProperty(name) + " '" + name + "' " +
                        reason + ". Received " + Inspected(isolate->GetCurrentContext(), value);
  return NodeError(isolate, Type::kTypeError, "ERR_INVALID_ARG_VALUE", message);
}

v8::Local<v8::Object> OutOfRange(v8::Isolate* isolate, const std::string& name,
                                 const std::string& range, const std::string& received) {
  std::string message = "The value of \"" + name + "\" is out of range. It must be " + range +
                        ". Received " + received;
  return NodeError(isolate, Type::kRangeError, "ERR_OUT_OF_RANGE", message);
}

v8::Local<v8::Object> SocketBadPort(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  return NodeError(isolate, Type::kRangeError, "ERR_SOCKET_BAD_PORT",
                   "Port should be >= 0 and < 65536. " +
                       DescribeReceived(isolate->GetCurrentContext(), value) + ".");
}

v8::Local<v8::Object> ConstructCallRequired(v8::Isolate* isolate, const std::string& class_name) {
  return NodeError(isolate, Type::kTypeError, "ERR_CONSTRUCT_CALL_REQUIRED",
                   "Class constructor " + class_name + " cannot be invoked without 'new'");
}

v8::Local<v8::Object> StringTooLong(v8::Isolate* isolate) {
  char message[80];
  std::snprintf(message, sizeof message, "Cannot create a string longer than 0x%x characters",
                static_cast<unsigned>(v8::String::kMaxLength));
  return NodeError(isolate, Type::kError, "ERR_STRING_TOO_LONG", message);
}

}  // namespace errors
