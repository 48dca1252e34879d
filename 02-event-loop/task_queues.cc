#include "task_queues.h"

#include "natives.h"
#include "node_errors.h"
#include "runtime.h"

namespace loop {

void TaskQueues::Install(v8::Local<v8::Context> context, v8::Local<v8::Object> process) {
  SetMethod(context, process, "nextTick", NextTick);
  SetMethod(context, context->Global(), "queueMicrotask", QueueMicrotask);
}

void TaskQueues::NextTick(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsFunction()) {  // Node's validateFunction(callback)
    errors::Throw(info.GetIsolate(), errors::InvalidArgType(info.GetIsolate(), "callback",
                                                            "be of type function", info[0]));
    return;
  }
  TaskQueues& self = Runtime::GetCurrent(info).task_queues();
  v8::Isolate* isolate = info.GetIsolate();
  Tick& tick = self.ticks_.emplace_back();
  tick.callback.Reset(isolate, info[0].As<v8::Function>());
  tick.argc = info.Length() - 1;
  for (int i = 1; i < info.Length(); i++) {
    if (i <= kInlineArguments) {
      tick.arguments[i - 1].Reset(isolate, info[i]);
    } else {
      tick.more_arguments.emplace_back(isolate, info[i]);
    }
  }
}

void TaskQueues::QueueMicrotask(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsFunction()) {  // Node's validateFunction(callback)
    errors::Throw(info.GetIsolate(), errors::InvalidArgType(info.GetIsolate(), "callback",
                                                            "be of type function", info[0]));
    return;
  }
  TaskQueues& self = Runtime::GetCurrent(info).task_queues();
  self.queued_microtasks_.emplace_back(info.GetIsolate(), info[0].As<v8::Function>());
  info.GetIsolate()->EnqueueMicrotask(RunQueuedMicrotask, &self);
}

void TaskQueues::RunQueuedMicrotask(void* data) {
  TaskQueues& self = *static_cast<TaskQueues*>(data);
  v8::Global<v8::Function> callback = std::move(self.queued_microtasks_.front());
  self.queued_microtasks_.pop_front();
  Runtime& runtime = self.runtime_;
  v8::HandleScope handle_scope(runtime.isolate());
  runtime.trace().CountMicrotask();
  if (runtime.exiting()) return;
  v8::Isolate* isolate = runtime.isolate();
  v8::TryCatch try_catch(isolate);
  if (!callback.Get(isolate)
           ->Call(runtime.context(), v8::Undefined(isolate), 0, nullptr)
           .IsEmpty()) {
    return;
  }
  if (try_catch.HasTerminated()) return;  // process.exit()
  // As in Node, an error is reported where it was created (the message V8
  // builds from its stack), not where it was thrown.
  v8::Local<v8::Value> error = try_catch.Exception();
  runtime.EndWithUncaughtException(error, error->IsObject()
                                              ? v8::Exception::CreateMessage(isolate, error)
                                              : try_catch.Message());
}

bool TaskQueues::RunTicks() {
  v8::Isolate* isolate = runtime_.isolate();
  while (!ticks_.empty()) {
    v8::HandleScope handle_scope(isolate);
    // Made Local before the tick leaves the queue (its Globals go with it).
    Tick& front = ticks_.front();
    v8::Local<v8::Function> callback = front.callback.Get(isolate);
    const int argc = front.argc;
    v8::Local<v8::Value> inline_arguments[kInlineArguments];
    std::vector<v8::Local<v8::Value>> many;
    v8::Local<v8::Value>* arguments = inline_arguments;
    if (argc > kInlineArguments) {
      many.resize(argc);
      arguments = many.data();
    }
    for (int i = 0; i < argc; i++) {
      arguments[i] = i < kInlineArguments ? front.arguments[i].Get(isolate)
                                          : front.more_arguments[i - kInlineArguments].Get(isolate);
    }
    ticks_.pop_front();
    runtime_.trace().CountTick();
    if (!runtime_.Call(callback, v8::Undefined(isolate), argc, arguments)) return false;
  }
  return true;
}

bool TaskQueues::Drain() {
  if (runtime_.exiting()) return false;
  runtime_.trace().DrainStarts();
  bool called_hooks;
  do {
    do {
      if (!RunTicks()) return false;
      runtime_.isolate()->PerformMicrotaskCheckpoint();
      if (runtime_.exiting()) return false;  // process.exit() or a throw in queueMicrotask
    } while (!ticks_.empty());
    runtime_.trace().DrainDone();
    // A later stage's hooks run JavaScript (listeners, warnings) that may
    // queue more ticks and microtasks: then the drain goes round again.
    called_hooks = false;
    if (!runtime_.promise_rejections().ReportUnhandled(&called_hooks)) return false;
  } while (called_hooks);
  return true;
}

}  // namespace loop
