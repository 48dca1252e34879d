#include "errors.h"

#include <uv.h>

#include "engine.h"
#include "natives.h"
#include "support/uv_errors.h"

namespace bindings {
namespace {

void Set(v8::Local<v8::Object> object, const char* key, v8::Local<v8::Value> value) {
  v8::Isolate* isolate = object->GetIsolate();
  object->Set(isolate->GetCurrentContext(), engine::ToV8String(isolate, key), value).Check();
}

void SetString(v8::Local<v8::Object> object, const char* key, const std::string& value) {
  Set(object, key, engine::ToV8String(object->GetIsolate(), value));
}

// " 127.0.0.1:80", or " 127.0.0.1" without a port, as Node's host/port
// errors end.
std::string HostPortDetails(const std::string& address, int port) {
  if (port > 0) return " " + address + ":" + std::to_string(port);
  if (!address.empty()) return " " + address;
  return "";
}

}  // namespace

bool ThrowNodeError(v8::Isolate* isolate, ErrorType type, const char* code,
                    const std::string& message) {
  return pool::Throw(isolate, NodeError(isolate, type, code, message));
}

std::string DescribeReceived(v8::Local<v8::Context> context, v8::Local<v8::Value> value) {
  return loop::DescribeReceived(context, value);
}

bool ThrowInvalidArgType(v8::Isolate* isolate, const std::string& name, const std::string& expected,
                         v8::Local<v8::Value> value) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  // Stage 03 words it `The "x" argument` or `The "options.x" property`; a
  // name that already ends in " argument" ("first argument") stands as it is.
  const std::string kArgument = " argument";
  if (name.size() > kArgument.size() &&
      name.compare(name.size() - kArgument.size(), kArgument.size(), kArgument) == 0) {
    return ThrowNodeError(
        isolate, ErrorType::kTypeError, "ERR_INVALID_ARG_TYPE",
        "The " + name + " must " + expected + ". " + DescribeReceived(context, value));
  }
  return pool::Throw(isolate, pool::InvalidArgType(context, name, expected, value));
}

bool ThrowInvalidArgValue(v8::Isolate* isolate, const std::string& name, v8::Local<v8::Value> value,
                          const std::string& reason) {
  return pool::Throw(isolate,
                     pool::InvalidArgValue(isolate->GetCurrentContext(), name, reason, value));
}

bool ThrowOutOfRange(v8::Isolate* isolate, const std::string& name, const std::string& range,
                     const std::string& received) {
  return pool::Throw(isolate, pool::OutOfRange(isolate, name, range, received));
}

std::string ReceivedNumber(v8::Local<v8::Context> context, v8::Local<v8::Value> value) {
  return pool::ReceivedNumber(context, value);
}

v8::Local<v8::Object> UvException(v8::Isolate* isolate, int err, const std::string& syscall,
                                  const std::string& path, const std::string& dest) {
  pool::UvError error;
  pool::Failed(error, err, syscall.c_str(), path, dest);
  return pool::UvException(isolate, error);
}

v8::Local<v8::Object> UvExceptionWithHostPort(v8::Isolate* isolate, int err,
                                              const std::string& syscall,
                                              const std::string& address, int port) {
  std::string code = pool::UvErrorName(err);
  std::string message =
      syscall + " " + code + ": " + pool::UvMessage(err) + HostPortDetails(address, port);
  v8::Local<v8::Object> error =
      v8::Exception::Error(engine::ToV8String(isolate, message)).As<v8::Object>();
  // Node sets `code` first here, unlike its other two shapes.
  SetString(error, "code", code);
  Set(error, "errno", v8::Integer::New(isolate, err));
  SetString(error, "syscall", syscall);
  SetString(error, "address", address);
  if (port > 0) Set(error, "port", v8::Integer::New(isolate, port));
  return error;
}

v8::Local<v8::Object> ExceptionWithHostPort(v8::Isolate* isolate, int err,
                                            const std::string& syscall, const std::string& address,
                                            int port) {
  std::string code = pool::UvErrorName(err);
  std::string message = syscall + " " + code + HostPortDetails(address, port);
  v8::Local<v8::Object> error =
      v8::Exception::Error(engine::ToV8String(isolate, message)).As<v8::Object>();
  Set(error, "errno", v8::Integer::New(isolate, err));
  SetString(error, "code", code);
  SetString(error, "syscall", syscall);
  SetString(error, "address", address);
  if (port > 0) Set(error, "port", v8::Integer::New(isolate, port));
  return error;
}

}  // namespace bindings
