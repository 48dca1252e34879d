/// \file
/// An Engine is one V8 isolate (a heap) with one context (a global object).
///
///     process ── V8Process (platform.h): threads, task queues, clock; once
///       └─ Engine ── v8::Isolate: one heap, one garbage collector, one thread
///            └─ v8::Context: one global object (globalThis, console, ...)
///
/// Handles: V8 moves objects while collecting garbage, so C++ never holds a
/// raw pointer to a JS object. It holds a *handle*: a v8::Local lives in the
/// innermost v8::HandleScope and dies with it; a v8::Global lives until it is
/// Reset(). The Engine keeps its context in a Global, because it outlives
/// every scope.
#pragma once

#include <v8.h>

#include <memory>
#include <string>
#include <string_view>

namespace engine {

class Engine {
 public:
  /// Creates the isolate and a context that has `console` installed.
  /// `max_old_generation_mb`, when not 0, caps the old generation of the
  /// heap (a worker's resourceLimits); 0 keeps V8's default.
  explicit Engine(size_t max_old_generation_mb = 0);
  /// Disposes the context, then the isolate, then its allocator, in that order.
  ~Engine();

  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  v8::Isolate* isolate() const { return isolate_; }
  /// The context as a Local: call it inside a HandleScope.
  v8::Local<v8::Context> context() const { return context_.Get(isolate_); }

  /// Compiles `source` as a classic script whose file name (in stack traces
  /// and error reports) is `name`, then runs it. An empty result means it
  /// threw: the exception is in the caller's v8::TryCatch.
  v8::MaybeLocal<v8::Value> RunScript(std::string_view source, std::string_view name);

 private:
  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator_;
  v8::Isolate* isolate_ = nullptr;
  v8::Global<v8::Context> context_;
};

/// Defines `target[name]` as a JavaScript function that calls the C++
/// `callback`. Like the methods of Node's built-ins, it is not a constructor
/// (`new` throws), and it is an own data property (CreateDataProperty), so a
/// setter a script put on Object.prototype cannot swallow it. Every function
/// or value a layer puts on an exports or global object is defined that way.
///
/// The one rule for finding state: a native finds its layer's per-context
/// state through the context it runs in (loop::Runtime::GetCurrent(info),
/// bindings::Realm::GetCurrent(info); see context_slots.h), never through
/// `data`. `data`, which the callback reads as info.Data(), is only ever
/// per-function configuration: what lets one C++ callback serve several
/// functions (console.log's stream, the S_IF* bits of Stats#isFile, the job a
/// pool function runs). Most natives need none.
void SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
               v8::FunctionCallback callback, v8::Local<v8::Value> data = {});

/// A JS string from UTF-8 bytes (an empty string if V8 refuses it, e.g. when
/// it is longer than V8's maximum string length).
v8::Local<v8::String> ToV8String(v8::Isolate* isolate, std::string_view utf8);

/// The UTF-8 bytes of any value, converted as String(value) would; "" if the
/// conversion throws.
std::string ToUtf8(v8::Isolate* isolate, v8::Local<v8::Value> value);

}  // namespace engine
