#include "engine.h"

#include "console.h"
#include "context_slots.h"

namespace engine {

Engine::Engine(size_t max_old_generation_mb)
    : allocator_(v8::ArrayBuffer::Allocator::NewDefaultAllocator()) {
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = allocator_.get();
  if (max_old_generation_mb > 0) {
    params.constraints.set_max_old_generation_size_in_bytes(max_old_generation_mb << 20);
  }
  isolate_ = v8::Isolate::New(params);
  // Keep the stack trace of every uncaught exception, so that an error
  // report can say where a non-Error value (`throw 42`) was thrown.
  isolate_->SetCaptureStackTraceForUncaughtExceptions(true, 10);

  v8::Isolate::Scope isolate_scope(isolate_);
  v8::HandleScope handle_scope(isolate_);
  v8::Local<v8::Context> context = v8::Context::New(isolate_);
  v8::Context::Scope context_scope(context);
  ReserveContextSlots(context);
  InstallConsole(context);
  context_.Reset(isolate_, context);
}

Engine::~Engine() {
  context_.Reset();
  isolate_->Dispose();
}

v8::MaybeLocal<v8::Value> Engine::RunScript(std::string_view source, std::string_view name) {
  v8::EscapableHandleScope scope(isolate_);
  v8::Local<v8::Context> context = isolate_->GetCurrentContext();
  v8::ScriptOrigin origin(isolate_, ToV8String(isolate_, name));
  v8::Local<v8::Script> script;
  if (!v8::Script::Compile(context, ToV8String(isolate_, source), &origin).ToLocal(&script)) {
    return {};
  }
  v8::Local<v8::Value> result;
  if (!script->Run(context).ToLocal(&result)) return {};
  return scope.Escape(result);
}

void SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
               v8::FunctionCallback callback, v8::Local<v8::Value> data) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Function> function =
      v8::FunctionTemplate::New(isolate, callback, data, v8::Local<v8::Signature>(), 0,
                                v8::ConstructorBehavior::kThrow)
          ->GetFunction(context)
          .ToLocalChecked();
  v8::Local<v8::String> key = ToV8String(isolate, name);
  function->SetName(key);
  target->CreateDataProperty(context, key, function).Check();
}

v8::Local<v8::String> ToV8String(v8::Isolate* isolate, std::string_view utf8) {
  v8::Local<v8::String> result;
  if (!v8::String::NewFromUtf8(isolate, utf8.data(), v8::NewStringType::kNormal,
                               static_cast<int>(utf8.size()))
           .ToLocal(&result)) {
    return v8::String::Empty(isolate);
  }
  return result;
}

std::string ToUtf8(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::String::Utf8Value utf8(isolate, value);
  return *utf8 == nullptr ? std::string() : std::string(*utf8, utf8.length());
}

}  // namespace engine
