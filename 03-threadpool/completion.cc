#include "completion.h"

#include <vector>

#include "loop_trace.h"
#include "runtime.h"

namespace pool {

Completion Completion::ToCallback(v8::Isolate* isolate, v8::Local<v8::Function> callback) {
  Completion completion;
  completion.callback_.Reset(isolate, callback);
  return completion;
}

Completion Completion::ToPromise(v8::Local<v8::Context> context) {
  Completion completion;
  completion.resolver_.Reset(context->GetIsolate(),
                             v8::Promise::Resolver::New(context).ToLocalChecked());
  return completion;
}

v8::Local<v8::Promise> Completion::promise(v8::Isolate* isolate) const {
  return resolver_.Get(isolate)->GetPromise();
}

bool Completion::Deliver(loop::Runtime& runtime, const Outcome& outcome, bool from_loop) {
  v8::Isolate* isolate = runtime.isolate();
  v8::Local<v8::Context> context = runtime.context();

  if (!callback_.IsEmpty()) {
    std::vector<v8::Local<v8::Value>> arguments;
    if (!outcome.error.IsEmpty()) {
      arguments.push_back(outcome.error);
    } else {
      arguments.push_back(v8::Null(isolate));
      arguments.insert(arguments.end(), outcome.values.begin(), outcome.values.end());
    }
    int argc = static_cast<int>(arguments.size());
    v8::Local<v8::Function> callback = callback_.Get(isolate);
    return from_loop
               ? runtime.CallFromLoop(callback, v8::Undefined(isolate), argc, arguments.data())
               : runtime.Call(callback, v8::Undefined(isolate), argc, arguments.data());
  }

  v8::Local<v8::Promise::Resolver> resolver = resolver_.Get(isolate);
  v8::Maybe<bool> settled = v8::Nothing<bool>();
  if (!outcome.error.IsEmpty()) {
    settled = resolver->Reject(context, outcome.error);
  } else {
    v8::Local<v8::Value> value = outcome.promise_value;
    if (value.IsEmpty()) {
      value = outcome.values.empty() ? v8::Undefined(isolate).As<v8::Value>() : outcome.values[0];
    }
    settled = resolver->Resolve(context, value);
  }
  if (settled.IsNothing()) return false;  // V8 is terminating: process.exit()
  // Settling only queues the promise's reactions; the drain runs them.
  return from_loop ? runtime.task_queues().Drain() : true;
}

std::string Completion::Describe(v8::Isolate* isolate, const Outcome& outcome) const {
  if (!callback_.IsEmpty()) return "callback " + loop::LoopTrace::Describe(callback_.Get(isolate));
  return outcome.error.IsEmpty() ? "resolve promise" : "reject promise";
}

}  // namespace pool
