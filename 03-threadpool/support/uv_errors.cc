#include "support/uv_errors.h"

#include <uv.h>

#include "engine.h"

namespace pool {
namespace {

void Set(v8::Local<v8::Object> error, const char* key, v8::Local<v8::Value> value) {
  v8::Isolate* isolate = error->GetIsolate();
  error->CreateDataProperty(isolate->GetCurrentContext(), engine::ToV8String(isolate, key), value)
      .Check();
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

}  // namespace pool
