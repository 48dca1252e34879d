#include "immediates.h"

#include "natives.h"
#include "node_errors.h"
#include "runtime.h"

namespace loop {
namespace {

ImmediateQueue& Immediates(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return Runtime::GetCurrent(info).immediates();
}

}  // namespace

void ImmediateQueue::Install(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  uv_check_init(runtime_.uv_loop(), &check_handle_);
  uv_idle_init(runtime_.uv_loop(), &idle_handle_);
  check_handle_.data = idle_handle_.data = this;
  handles_open_ = true;
  uv_check_start(&check_handle_, OnCheck);
  uv_unref(reinterpret_cast<uv_handle_t*>(&check_handle_));

  v8::Local<v8::FunctionTemplate> immediate_class = v8::FunctionTemplate::New(isolate);
  immediate_class->SetClassName(engine::ToV8String(isolate, "Immediate"));
  immediate_class->InstanceTemplate()->SetInternalFieldCount(kImmediateFieldCount);
  v8::Local<v8::ObjectTemplate> prototype = immediate_class->PrototypeTemplate();
  prototype->Set(engine::ToV8String(isolate, "ref"), v8::FunctionTemplate::New(isolate, Ref));
  prototype->Set(engine::ToV8String(isolate, "unref"), v8::FunctionTemplate::New(isolate, Unref));
  prototype->Set(engine::ToV8String(isolate, "hasRef"), v8::FunctionTemplate::New(isolate, HasRef));
  immediate_class_.Reset(isolate, immediate_class);

  SetMethod(context, context->Global(), "setImmediate", SetImmediate);
  SetMethod(context, context->Global(), "clearImmediate", ClearImmediate);
}

void ImmediateQueue::Close() {
  if (!handles_open_) return;
  handles_open_ = false;
  uv_close(reinterpret_cast<uv_handle_t*>(&check_handle_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&idle_handle_), nullptr);
}

// ---- The JavaScript API ----

void ImmediateQueue::SetImmediate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsFunction()) {  // Node's validateFunction(callback)
    errors::Throw(info.GetIsolate(), errors::InvalidArgType(info.GetIsolate(), "callback",
                                                            "be of type function", info[0]));
    return;
  }
  ImmediateQueue& self = Immediates(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Object> immediate;
  if (!self.immediate_class_.Get(isolate)
           ->InstanceTemplate()
           ->NewInstance(self.runtime_.context())
           .ToLocal(&immediate)) {
    return;
  }
  immediate->SetInternalField(kImmediateCallback, info[0]);
  immediate->SetInternalField(kImmediateArguments, RestArguments(info, 1));
  immediate->SetInternalField(kImmediateRefed, v8::True(isolate));
  self.queue_.emplace_back(isolate, immediate);
  self.AddRef();
  info.GetReturnValue().Set(immediate);
}

bool ImmediateQueue::IsImmediate(v8::Local<v8::Value> value) {
  return value->IsObject() && immediate_class_.Get(runtime_.isolate())->HasInstance(value);
}

bool ImmediateQueue::IsQueued(v8::Local<v8::Object> immediate) {
  return immediate->GetInternalField(kImmediateCallback)->IsFunction();
}

void ImmediateQueue::ClearImmediate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ImmediateQueue& self = Immediates(info);
  if (!self.IsImmediate(info[0])) return;
  v8::Local<v8::Object> immediate = info[0].As<v8::Object>();
  if (!IsQueued(immediate)) return;
  // It stays in the queue, marked: the check phase skips it.
  self.SetRefed(immediate, false);
  immediate->SetInternalField(kImmediateCallback, v8::Null(info.GetIsolate()));
}

void ImmediateQueue::Ref(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (Immediates(info).IsImmediate(info.This())) Immediates(info).SetRefed(info.This(), true);
  info.GetReturnValue().Set(info.This());
}

void ImmediateQueue::Unref(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (Immediates(info).IsImmediate(info.This())) Immediates(info).SetRefed(info.This(), false);
  info.GetReturnValue().Set(info.This());
}

// As in Node, an immediate that has run or was cleared has no ref.
void ImmediateQueue::HasRef(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!Immediates(info).IsImmediate(info.This())) return;
  v8::Local<v8::Object> immediate = info.This();
  info.GetReturnValue().Set(IsQueued(immediate) &&
                            immediate->GetInternalField(kImmediateRefed)->IsTrue());
}

void ImmediateQueue::SetRefed(v8::Local<v8::Object> immediate, bool refed) {
  if (!IsQueued(immediate) || immediate->GetInternalField(kImmediateRefed)->IsTrue() == refed) {
    return;
  }
  immediate->SetInternalField(kImmediateRefed, v8::Boolean::New(runtime_.isolate(), refed));
  refed ? AddRef() : RemoveRef();
}

// The idle handle runs while a ref'd immediate waits.
void ImmediateQueue::AddRef() {
  if (refed_count_++ == 0 && handles_open_) uv_idle_start(&idle_handle_, OnIdle);
}

void ImmediateQueue::RemoveRef() {
  if (--refed_count_ == 0 && handles_open_) uv_idle_stop(&idle_handle_);
}

// ---- The check phase ----

void ImmediateQueue::OnIdle(uv_idle_t* handle) {
  ImmediateQueue& self = *static_cast<ImmediateQueue*>(handle->data);
  self.runtime_.trace().Idle(self.refed_count_);
}

void ImmediateQueue::OnCheck(uv_check_t* handle) {
  static_cast<ImmediateQueue*>(handle->data)->RunQueue();
}

void ImmediateQueue::RunQueue() {
  if (queue_.empty()) return;
  // Only unref'd immediates wait, and nothing else keeps the loop alive: the
  // loop ends after this iteration. Node 20's libuv (1.45 and later) checks
  // for that right after the timers phase and never reaches this check phase;
  // the libuv 1.44 used here checks only at the end of the iteration. Not
  // running them keeps Node's behaviour.
  if (refed_count_ == 0 && !uv_loop_alive(runtime_.uv_loop())) return;
  running_.swap(queue_);  // what is queued from now on waits for the next iteration
  v8::Isolate* isolate = runtime_.isolate();
  for (v8::Global<v8::Object>& slot : running_) {
    v8::HandleScope handle_scope(isolate);
    v8::Local<v8::Object> immediate = slot.Get(isolate);
    if (!IsQueued(immediate)) continue;  // cleared
    v8::Local<v8::Function> callback =
        immediate->GetInternalField(kImmediateCallback).As<v8::Function>();
    SetRefed(immediate, false);
    immediate->SetInternalField(kImmediateCallback, v8::Null(isolate));

    std::vector<v8::Local<v8::Value>> arguments =
        ArgumentList(runtime_.context(), immediate->GetInternalField(kImmediateArguments));
    if (runtime_.trace().enabled()) {
      runtime_.trace().Callback(LoopTrace::Phase::kCheck, "Immediate", callback);
    }
    // `this` is the Immediate, as in Node.
    if (!runtime_.CallFromLoop(callback, immediate, static_cast<int>(arguments.size()),
                               arguments.data())) {
      break;
    }
  }
  running_.clear();
}

}  // namespace loop
