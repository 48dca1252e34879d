#include "timers.h"

#include <unistd.h>

#include <cmath>
#include <string>
#include <vector>

#include "console.h"
#include "natives.h"
#include "node_errors.h"
#include "runtime.h"

namespace loop {
namespace {

constexpr double kTimeoutMax = 2147483647;  // 2^31 - 1 ms, about 24.8 days

TimerQueue& Timers(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return Runtime::GetCurrent(info).timers();
}

v8::Local<v8::Value> Field(v8::Local<v8::Object> timeout, TimeoutField field) {
  return timeout->GetInternalField(field);
}

double NumberField(v8::Local<v8::Object> timeout, TimeoutField field) {
  return Field(timeout, field).As<v8::Number>()->Value();
}

bool BoolField(v8::Local<v8::Object> timeout, TimeoutField field) {
  return Field(timeout, field)->IsTrue();
}

}  // namespace

TimerQueue::TimerQueue(Runtime& runtime) : runtime_(runtime) {}

TimerQueue::~TimerQueue() {
  for (auto& [duration, list] : lists_by_duration_) {
    for (Entry* entry = list->first; entry != nullptr;) {
      Entry* next = entry->next;
      delete entry;
      entry = next;
    }
  }
}

void TimerQueue::Install(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  uv_timer_init(runtime_.uv_loop(), &uv_timer_);
  uv_timer_.data = this;
  uv_timer_open_ = true;
  uv_unref(reinterpret_cast<uv_handle_t*>(&uv_timer_));  // no ref'd timer yet

  v8::Local<v8::FunctionTemplate> timeout_class = v8::FunctionTemplate::New(isolate);
  timeout_class->SetClassName(engine::ToV8String(isolate, "Timeout"));
  timeout_class->InstanceTemplate()->SetInternalFieldCount(kTimeoutFieldCount);
  v8::Local<v8::ObjectTemplate> prototype = timeout_class->PrototypeTemplate();
  auto method = [&](const char* name, v8::FunctionCallback callback) {
    prototype->Set(engine::ToV8String(isolate, name), v8::FunctionTemplate::New(isolate, callback));
  };
  method("ref", Ref);
  method("unref", Unref);
  method("hasRef", HasRef);
  method("refresh", Refresh);
  method("close", CloseTimeout);
  prototype->Set(v8::Symbol::GetToPrimitive(isolate),
                 v8::FunctionTemplate::New(isolate, ToPrimitive));
  timeout_class_.Reset(isolate, timeout_class);

  v8::Local<v8::Object> global = context->Global();
  SetMethod(context, global, "setTimeout", SetTimeout);
  SetMethod(context, global, "setInterval", SetInterval);
  SetMethod(context, global, "clearTimeout", ClearTimer);
  SetMethod(context, global, "clearInterval", ClearTimer);
}

void TimerQueue::Close() {
  if (!uv_timer_open_) return;
  uv_timer_open_ = false;
  uv_close(reinterpret_cast<uv_handle_t*>(&uv_timer_), nullptr);
}

int64_t TimerQueue::Now() {
  uv_update_time(runtime_.uv_loop());
  return static_cast<int64_t>(uv_now(runtime_.uv_loop()));
}

// ---- The JavaScript API ----

v8::Maybe<double> TimerQueue::CoerceDelay(v8::Local<v8::Context> context,
                                          v8::Local<v8::Value> delay, double* too_large) {
  *too_large = 0;
  double ms;
  if (!delay->NumberValue(context).To(&ms)) return v8::Nothing<double>();  // `after *= 1`
  if (ms >= 1 && ms <= kTimeoutMax) return v8::Just(ms);
  if (ms > kTimeoutMax) *too_large = ms;
  return v8::Just(1.0);  // also for NaN, negatives and 0
}

void TimerQueue::SetTimeout(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Timers(info).CreateTimer(info, /*repeats=*/false);
}

void TimerQueue::SetInterval(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Timers(info).CreateTimer(info, /*repeats=*/true);
}

void TimerQueue::CreateTimer(const v8::FunctionCallbackInfo<v8::Value>& info, bool repeats) {
  if (!info[0]->IsFunction()) {  // Node's validateFunction(callback)
    errors::Throw(info.GetIsolate(), errors::InvalidArgType(info.GetIsolate(), "callback",
                                                            "be of type function", info[0]));
    return;
  }
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = runtime_.context();
  double too_large;
  double duration_ms;
  if (!CoerceDelay(context, info[1], &too_large).To(&duration_ms)) return;
  if (too_large > 0) {
    engine::WriteStderr("(" + runtime_.stage().name + ":" + std::to_string(getpid()) +
                        ") TimeoutOverflowWarning: " +
                        engine::ToUtf8(isolate, v8::Number::New(isolate, too_large)) +
                        " does not fit into a 32-bit signed integer.\n"
                        "Timeout duration was set to 1.\n");
  }

  v8::Local<v8::Object> timeout;
  if (!timeout_class_.Get(isolate)->InstanceTemplate()->NewInstance(context).ToLocal(&timeout)) {
    return;
  }
  timeout->SetAlignedPointerInInternalField(kTimeoutEntry, nullptr);
  timeout->SetInternalField(kTimeoutCallback, info[0]);
  timeout->SetInternalField(kTimeoutArguments, RestArguments(info, 2));
  timeout->SetInternalField(kTimeoutDurationMs, v8::Number::New(isolate, duration_ms));
  timeout->SetInternalField(kTimeoutRepeats, v8::Boolean::New(isolate, repeats));
  timeout->SetInternalField(kTimeoutRefed, v8::True(isolate));
  timeout->SetInternalField(kTimeoutId, v8::Number::New(isolate, next_id_++));
  Arm(timeout, Now());
  info.GetReturnValue().Set(timeout);
}

bool TimerQueue::IsTimeout(v8::Local<v8::Value> value) {
  return value->IsObject() && timeout_class_.Get(runtime_.isolate())->HasInstance(value);
}

// clearTimeout and clearInterval are one function, as in Node: each accepts
// the other's timers, an id that +timeout returned, and ignores anything else.
void TimerQueue::ClearTimer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TimerQueue& self = Timers(info);
  v8::Local<v8::Value> target = info[0];
  if (self.IsTimeout(target)) {
    self.Clear(target.As<v8::Object>());
    return;
  }
  if (!target->IsNumber() && !target->IsString()) return;
  if (self.timeouts_by_id_.empty()) return;
  double id = target->NumberValue(self.runtime_.context()).FromMaybe(NAN);
  auto found = self.timeouts_by_id_.find(id);
  if (found != self.timeouts_by_id_.end()) self.Clear(found->second.Get(info.GetIsolate()));
}

void TimerQueue::Ref(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (Timers(info).IsTimeout(info.This())) Timers(info).SetRefed(info.This(), true);
  info.GetReturnValue().Set(info.This());
}

void TimerQueue::Unref(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (Timers(info).IsTimeout(info.This())) Timers(info).SetRefed(info.This(), false);
  info.GetReturnValue().Set(info.This());
}

void TimerQueue::HasRef(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!Timers(info).IsTimeout(info.This())) return;
  info.GetReturnValue().Set(BoolField(info.This(), kTimeoutRefed));
}

// refresh(): start the same duration again from now, without a new object.
// A fired one-shot timer is armed again; a cleared one stays cleared.
void TimerQueue::Refresh(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TimerQueue& self = Timers(info);
  v8::Local<v8::Object> timeout = info.This();
  info.GetReturnValue().Set(timeout);
  if (!self.IsTimeout(timeout) || NumberField(timeout, kTimeoutDurationMs) < 0) return;
  self.Disarm(timeout);
  self.Arm(timeout, self.Now());
}

void TimerQueue::CloseTimeout(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (Timers(info).IsTimeout(info.This())) Timers(info).Clear(info.This());
  info.GetReturnValue().Set(info.This());
}

// [Symbol.toPrimitive](): the id, which clearTimeout() accepts from now on.
void TimerQueue::ToPrimitive(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TimerQueue& self = Timers(info);
  if (!self.IsTimeout(info.This())) return;
  v8::Local<v8::Object> timeout = info.This();
  double id = NumberField(timeout, kTimeoutId);
  if (NumberField(timeout, kTimeoutDurationMs) >= 0) {
    self.timeouts_by_id_.try_emplace(id, info.GetIsolate(), timeout);
  }
  info.GetReturnValue().Set(id);
}

// ---- The lists ----

void TimerQueue::Arm(v8::Local<v8::Object> timeout, int64_t start_ms) {
  auto duration_ms = static_cast<int64_t>(NumberField(timeout, kTimeoutDurationMs));
  std::unique_ptr<List>& slot = lists_by_duration_[duration_ms];
  if (!slot) {
    slot = std::make_unique<List>();
    slot->duration_ms = duration_ms;
    slot->expiry_ms = start_ms + duration_ms;
    slot->order = next_list_order_++;
    lists_by_expiry_.push(slot.get());
    // The uv timer is armed for the top list; a new top moves it. (During the
    // timers phase the list being run is on top, and OnUvTimer re-arms after.)
    if (lists_by_expiry_.top() == slot.get()) ScheduleUvTimer();
  }
  List* list = slot.get();
  Entry* entry = new Entry;
  entry->timeout.Reset(runtime_.isolate(), timeout);
  entry->list = list;
  entry->start_ms = start_ms;
  entry->previous = list->last;
  (list->last != nullptr ? list->last->next : list->first) = entry;
  list->last = entry;
  timeout->SetAlignedPointerInInternalField(kTimeoutEntry, entry);
  armed_count_++;
  if (BoolField(timeout, kTimeoutRefed)) AddRef();
}

void TimerQueue::Disarm(v8::Local<v8::Object> timeout) {
  Entry* entry = static_cast<Entry*>(timeout->GetAlignedPointerFromInternalField(kTimeoutEntry));
  if (entry == nullptr) return;
  List* list = entry->list;
  (entry->previous != nullptr ? entry->previous->next : list->first) = entry->next;
  (entry->next != nullptr ? entry->next->previous : list->last) = entry->previous;
  delete entry;
  timeout->SetAlignedPointerInInternalField(kTimeoutEntry, nullptr);
  armed_count_--;
  if (BoolField(timeout, kTimeoutRefed)) RemoveRef();
}

void TimerQueue::Clear(v8::Local<v8::Object> timeout) {
  Disarm(timeout);
  v8::Isolate* isolate = runtime_.isolate();
  timeout->SetInternalField(kTimeoutDurationMs, v8::Number::New(isolate, -1));
  timeout->SetInternalField(kTimeoutCallback, v8::Null(isolate));
  if (!timeouts_by_id_.empty()) timeouts_by_id_.erase(NumberField(timeout, kTimeoutId));
}

void TimerQueue::SetRefed(v8::Local<v8::Object> timeout, bool refed) {
  if (BoolField(timeout, kTimeoutRefed) == refed) return;
  timeout->SetInternalField(kTimeoutRefed, v8::Boolean::New(runtime_.isolate(), refed));
  if (timeout->GetAlignedPointerFromInternalField(kTimeoutEntry) == nullptr) return;
  refed ? AddRef() : RemoveRef();
}

void TimerQueue::AddRef() {
  if (refed_count_++ == 0 && uv_timer_open_) uv_ref(reinterpret_cast<uv_handle_t*>(&uv_timer_));
}

void TimerQueue::RemoveRef() {
  if (--refed_count_ == 0 && uv_timer_open_) uv_unref(reinterpret_cast<uv_handle_t*>(&uv_timer_));
}

// ---- The timers phase ----

void TimerQueue::ScheduleUvTimer() {
  if (!uv_timer_open_) return;
  if (lists_by_expiry_.empty()) {
    uv_timer_stop(&uv_timer_);
    return;
  }
  int64_t expiry_ms = lists_by_expiry_.top()->expiry_ms;
  // libuv measures a timer from its cached loop time, which is as old as the
  // iteration: after a slow callback it lags the clock, and an interval due
  // now would wait its whole period again. Measure from the real time.
  int64_t now_ms = Now();
  // At least 1 ms: a zero timeout started from inside libuv's timers phase
  // would run again in the same phase, forever.
  uv_timer_start(&uv_timer_, OnUvTimer, std::max<int64_t>(expiry_ms - now_ms, 1), 0);
}

void TimerQueue::OnUvTimer(uv_timer_t* handle) {
  TimerQueue& self = *static_cast<TimerQueue*>(handle->data);
  self.RunDueTimers(self.Now());
  if (!self.runtime_.exiting()) self.ScheduleUvTimer();
}

void TimerQueue::RunDueTimers(int64_t now_ms) {
  while (!lists_by_expiry_.empty()) {
    List* list = lists_by_expiry_.top();
    if (list->expiry_ms > now_ms) return;
    // Run this list's entries that are due, oldest first. Callbacks may arm
    // new timers (pushed onto the heap, never due before now + 1, so never
    // above this list) and clear others; this list stays on top meanwhile.
    while (Entry* entry = list->first) {
      if (entry->start_ms + list->duration_ms > now_ms) break;
      if (!Fire(entry, now_ms)) return;
    }
    lists_by_expiry_.pop();
    if (list->first == nullptr) {  // all done: the list goes
      lists_by_duration_.erase(list->duration_ms);
    } else {  // the rest is not due yet: back in the heap by its new expiry
      list->expiry_ms = std::max(list->first->start_ms + list->duration_ms, now_ms + 1);
      list->order = next_list_order_++;
      lists_by_expiry_.push(list);
    }
  }
}

bool TimerQueue::Fire(Entry* entry, int64_t now_ms) {
  v8::Isolate* isolate = runtime_.isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Object> timeout = entry->timeout.Get(isolate);
  v8::Local<v8::Function> callback = Field(timeout, kTimeoutCallback).As<v8::Function>();
  bool repeats = BoolField(timeout, kTimeoutRepeats);
  Disarm(timeout);  // `entry` is gone from here on
  if (!repeats && !timeouts_by_id_.empty()) {
    timeouts_by_id_.erase(NumberField(timeout, kTimeoutId));
  }

  std::vector<v8::Local<v8::Value>> arguments =
      ArgumentList(runtime_.context(), Field(timeout, kTimeoutArguments));
  if (runtime_.trace().enabled()) {
    runtime_.trace().Callback(LoopTrace::Phase::kTimers,
                              std::string(repeats ? "Interval" : "Timeout") + " " +
                                  LoopTrace::Milliseconds(NumberField(timeout, kTimeoutDurationMs)),
                              callback);
  }
  // `this` is the Timeout, as in Node.
  if (!runtime_.CallFromLoop(callback, timeout, static_cast<int>(arguments.size()),
                             arguments.data())) {
    return false;
  }
  // An interval goes round again, measured from when it was due to run now,
  // unless its callback cleared it (duration -1) or refreshed it (armed).
  bool armed = timeout->GetAlignedPointerFromInternalField(kTimeoutEntry) != nullptr;
  if (repeats && !armed && NumberField(timeout, kTimeoutDurationMs) >= 0) Arm(timeout, now_ms);
  return true;
}

}  // namespace loop
