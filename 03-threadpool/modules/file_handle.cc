#include "modules/file_handle.h"

#include "engine.h"
#include "node_errors.h"

namespace pool {
namespace {

constexpr int kFdField = 0;  ///< the descriptor, an Int32; -1 once closed

}  // namespace

v8::Local<v8::Object> FileHandles::Install(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::FunctionTemplate> type = v8::FunctionTemplate::New(isolate);
  type->SetClassName(engine::ToV8String(isolate, "FileHandle"));
  type->InstanceTemplate()->SetInternalFieldCount(1);
  type->PrototypeTemplate()->SetAccessorProperty(engine::ToV8String(isolate, "fd"),
                                                 v8::FunctionTemplate::New(isolate, GetFd));
  class_.Reset(isolate, type);
  v8::Local<v8::Function> constructor = type->GetFunction(context).ToLocalChecked();
  return constructor->Get(context, engine::ToV8String(isolate, "prototype"))
      .ToLocalChecked()
      .As<v8::Object>();
}

v8::Local<v8::Object> FileHandles::New(v8::Local<v8::Context> context, int fd) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> handle = class_.Get(isolate)
                                     ->GetFunction(context)
                                     .ToLocalChecked()
                                     ->NewInstance(context)
                                     .ToLocalChecked();
  handle->SetInternalField(kFdField, v8::Int32::New(isolate, fd));
  return handle;
}

bool FileHandles::FdOf(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                       const char* syscall, int* fd) {
  v8::Isolate* isolate = context->GetIsolate();
  if (!Is(isolate, value)) {
    return errors::Throw(
        isolate, v8::Exception::TypeError(engine::ToV8String(isolate, "Illegal invocation")));
  }
  *fd = value.As<v8::Object>()->GetInternalField(kFdField).As<v8::Int32>()->Value();
  if (*fd >= 0 || syscall == nullptr) return true;
  v8::Local<v8::Object> error =
      v8::Exception::Error(engine::ToV8String(isolate, "file closed")).As<v8::Object>();
  error
      ->CreateDataProperty(context, engine::ToV8String(isolate, "code"),
                           engine::ToV8String(isolate, "EBADF"))
      .Check();
  error
      ->CreateDataProperty(context, engine::ToV8String(isolate, "syscall"),
                           engine::ToV8String(isolate, syscall))
      .Check();
  return errors::Throw(isolate, error);
}

void FileHandles::MarkClosed(v8::Local<v8::Value> value) {
  v8::Local<v8::Object> handle = value.As<v8::Object>();
  handle->SetInternalField(kFdField, v8::Int32::New(handle->GetIsolate(), -1));
}

void FileHandles::GetFd(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info.This()->InternalFieldCount() <= kFdField) return;
  info.GetReturnValue().Set(info.This()->GetInternalField(kFdField));
}

}  // namespace pool
