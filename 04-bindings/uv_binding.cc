/// \file
/// The `uv` binding: libuv's error codes, by number and by name, and the
/// one place (errors.h) that turns them into JavaScript errors. (Node:
/// src/uv.cc, and the uvException family of lib/internal/errors.js.)
///
///     const uv = internalBinding('uv');
///     uv.UV_EOF                          -4095 (one constant per libuv error)
///     uv.errname(-2)                     'ENOENT'
///     uv.getErrorMap().get(-2)           [ 'ENOENT', 'no such file or directory' ]
///     uv.uvException(-2, 'open', 'a.txt')
///         [Error: ENOENT: no such file or directory, open 'a.txt'] { errno, code, syscall, path }
///     uv.exceptionWithHostPort(-111, 'connect', '127.0.0.1', 1)
///         [Error: connect ECONNREFUSED 127.0.0.1:1] { errno, code, syscall, address, port }
///     uv.uvExceptionWithHostPort(-98, 'listen', '127.0.0.1', 80)
///         [Error: listen EADDRINUSE: address already in use 127.0.0.1:80] { ... }
///
/// Node builds the last three in JavaScript; here they are natives so that
/// C++ bindings and scripts make their errors in the same place.
#include <uv.h>
#include <v8.h>

#include <string>

#include "binding_registry.h"
#include "engine.h"
#include "node_errors.h"
#include "realm.h"
#include "support/uv_errors.h"
#include "support/validate.h"

namespace bindings {
namespace {

/// A uv error number: a negative integer (Node's validation in
/// util.getSystemErrorName).
bool ValidateErrorNumber(v8::Isolate* isolate, v8::Local<v8::Value> value, int* out) {
  if (!value->IsNumber())
    return errors::Throw(isolate,
                         errors::InvalidArgType(isolate, "err", "be of type number", value));
  double number = value.As<v8::Number>()->Value();
  if (!(number < 0) || number != static_cast<int>(number)) {
    return errors::Throw(
        isolate, errors::OutOfRange(isolate, "err", "a negative integer",
                                    errors::ReceivedNumber(isolate->GetCurrentContext(), value)));
  }
  *out = static_cast<int>(number);
  return true;
}

/// An optional string argument: undefined reads as "".
bool ValidateOptionalString(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* name,
                            std::string* out) {
  if (value->IsUndefined()) return true;
  return pool::ValidateString(isolate, value, name, out);
}

void ErrName(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int err;
  if (!ValidateErrorNumber(info.GetIsolate(), info[0], &err)) return;
  info.GetReturnValue().Set(engine::ToV8String(info.GetIsolate(), errors::UvErrorName(err)));
}

void GetErrorMap(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Map> map = v8::Map::New(isolate);
#define UV_ERROR_ENTRY(name, message)                                                          \
  {                                                                                            \
    v8::Local<v8::Value> entry[] = {engine::ToV8String(isolate, #name),                        \
                                    engine::ToV8String(isolate, message)};                     \
    map->Set(context, v8::Integer::New(isolate, UV_##name), v8::Array::New(isolate, entry, 2)) \
        .ToLocalChecked();                                                                     \
  }
  UV_ERRNO_MAP(UV_ERROR_ENTRY)
#undef UV_ERROR_ENTRY
  info.GetReturnValue().Set(map);
}

void UvExceptionNative(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int err;
  std::string syscall, path, dest;
  if (!ValidateErrorNumber(isolate, info[0], &err) ||
      !pool::ValidateString(isolate, info[1], "syscall", &syscall) ||
      !ValidateOptionalString(isolate, info[2], "path", &path) ||
      !ValidateOptionalString(isolate, info[3], "dest", &dest)) {
    return;
  }
  info.GetReturnValue().Set(errors::UvException(isolate, err, syscall, path, dest));
}

// (err, syscall, address, port): the arguments of both host/port shapes.
bool HostPortArguments(const v8::FunctionCallbackInfo<v8::Value>& info, int* err,
                       std::string* syscall, std::string* address, int* port) {
  v8::Isolate* isolate = info.GetIsolate();
  *port = 0;
  return ValidateErrorNumber(isolate, info[0], err) &&
         pool::ValidateString(isolate, info[1], "syscall", syscall) &&
         pool::ValidateString(isolate, info[2], "address", address) &&
         (info[3]->IsUndefined() || pool::ValidatePort(isolate, info[3], port));
}

void UvExceptionWithHostPortNative(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int err, port;
  std::string syscall, address;
  if (!HostPortArguments(info, &err, &syscall, &address, &port)) return;
  info.GetReturnValue().Set(
      errors::UvExceptionWithHostPort(info.GetIsolate(), err, syscall, address, port));
}

void ExceptionWithHostPortNative(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int err, port;
  std::string syscall, address;
  if (!HostPortArguments(info, &err, &syscall, &address, &port)) return;
  info.GetReturnValue().Set(
      errors::ExceptionWithHostPort(info.GetIsolate(), err, syscall, address, port));
}

void InitializeUv(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Isolate* isolate = realm.isolate();
  v8::Local<v8::Context> context = realm.context();
  realm.SetMethod(exports, "errname", ErrName, 1);
  realm.SetMethod(exports, "getErrorMap", GetErrorMap);
  realm.SetMethod(exports, "uvException", UvExceptionNative, 4);
  realm.SetMethod(exports, "uvExceptionWithHostPort", UvExceptionWithHostPortNative, 4);
  realm.SetMethod(exports, "exceptionWithHostPort", ExceptionWithHostPortNative, 4);
#define UV_ERROR_CONSTANT(name, message)                                                           \
  exports                                                                                          \
      ->CreateDataProperty(context, realm.Name("UV_" #name), v8::Integer::New(isolate, UV_##name)) \
      .Check();
  UV_ERRNO_MAP(UV_ERROR_CONSTANT)
#undef UV_ERROR_CONSTANT
}

}  // namespace

BINDING_REGISTER(uv, InitializeUv);

}  // namespace bindings
