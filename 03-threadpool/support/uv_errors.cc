#include "support/uv_errors.h"

#include <uv.h>

#include "engine.h"

namespace errors {
namespace {

void Set(v8::Local<v8::Object> error, const char* key, v8::Local<v8::Value> value) {
  v8::Isolate* isolate = error->GetIsolate();
  error->CreateDataProperty(isolate->GetCurrentContext(), engine::ToV8String(isolate, key), value)
      .Check();
}

void SetString(v8::Local<v8::Object> error, const char* key, const std::string& value) {
  Set(error, key, engine::ToV8String(error->GetIsolate(), value));
}

// " 127.0.0.1:80", or " 127.0.0.1" without a port, as Node's host/port
// errors end.
std::string HostPortDetails(const std::string& address, int port) {
  if (port > 0) return " " + address + ":" + std::to_string(port);
  if (!address.empty()) return " " + address;
  return "";
}

}  // namespace

bool Failed(UvError& error, int result, const char* syscall, const std::string& path,
            const std::string& dest) {
  if (result >= 0) return false;
  error.code = result;
  error.syscall = syscall;
  error.path = path;
  error.dest = dest;
  return true;
}

std::string UvErrorName(int code) {
  char name[64];
  uv_err_name_r(code, name, sizeof name);
  return name;
}

std::string UvMessage(int code) {
  char message[128];
  uv_strerror_r(code, message, sizeof message);
  return message;
}

v8::Local<v8::Object> UvException(v8::Isolate* isolate, const UvError& error) {
  std::string code = UvErrorName(error.code);
  std::string message = code + ": " + UvMessage(error.code) + ", " + error.syscall;
  if (!error.path.empty()) message += " '" + error.path + "'";
  if (!error.dest.empty()) message += " -> '" + error.dest + "'";

  v8::Local<v8::Object> exception =
      v8::Exception::Error(engine::ToV8String(isolate, message)).As<v8::Object>();
  Set(exception, "errno", v8::Integer::New(isolate, error.code));
  Set(exception, "code", engine::ToV8String(isolate, code));
  Set(exception, "syscall", engine::ToV8String(isolate, error.syscall));
  if (!error.path.empty()) Set(exception, "path", engine::ToV8String(isolate, error.path));
  if (!error.dest.empty()) Set(exception, "dest", engine::ToV8String(isolate, error.dest));
  return exception;
}

v8::Local<v8::Object> UvException(v8::Isolate* isolate, int code, const std::string& syscall,
                                  const std::string& path, const std::string& dest) {
  UvError error;
  Failed(error, code, syscall.c_str(), path, dest);
  return UvException(isolate, error);
}

v8::Local<v8::Object> UvExceptionWithHostPort(v8::Isolate* isolate, int code,
                                              const std::string& syscall,
                                              const std::string& address, int port) {
  std::string name = UvErrorName(code);
  std::string message =
      syscall + " " + name + ": " + UvMessage(code) + HostPortDetails(address, port);
  v8::Local<v8::Object> error =
      v8::Exception::Error(engine::ToV8String(isolate, message)).As<v8::Object>();
  // Node sets `code` first here, unlike its other shapes.
  SetString(error, "code", name);
  Set(error, "errno", v8::Integer::New(isolate, code));
  SetString(error, "syscall", syscall);
  SetString(error, "address", address);
  if (port > 0) Set(error, "port", v8::Integer::New(isolate, port));
  return error;
}

v8::Local<v8::Object> ExceptionWithHostPort(v8::Isolate* isolate, int code,
                                            const std::string& syscall, const std::string& address,
                                            int port) {
  std::string name = UvErrorName(code);
  std::string message = syscall + " " + name + HostPortDetails(address, port);
  v8::Local<v8::Object> error =
      v8::Exception::Error(engine::ToV8String(isolate, message)).As<v8::Object>();
  Set(error, "errno", v8::Integer::New(isolate, code));
  SetString(error, "code", name);
  SetString(error, "syscall", syscall);
  SetString(error, "address", address);
  if (port > 0) Set(error, "port", v8::Integer::New(isolate, port));
  return error;
}

v8::Local<v8::Object> DnsException(v8::Isolate* isolate, int code, const char* syscall,
                                   const std::string& hostname) {
  std::string name =
      code == UV_EAI_NONAME || code == UV_EAI_NODATA ? "ENOTFOUND" : UvErrorName(code);
  std::string message = std::string(syscall) + " " + name;
  if (!hostname.empty()) message += " " + hostname;

  v8::Local<v8::Object> exception =
      v8::Exception::Error(engine::ToV8String(isolate, message)).As<v8::Object>();
  Set(exception, "errno", v8::Integer::New(isolate, code));
  Set(exception, "code", engine::ToV8String(isolate, name));
  Set(exception, "syscall", engine::ToV8String(isolate, syscall));
  if (!hostname.empty()) Set(exception, "hostname", engine::ToV8String(isolate, hostname));
  return exception;
}

}  // namespace errors
