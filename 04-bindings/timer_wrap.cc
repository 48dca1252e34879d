/// \file
/// The `timer_wrap` binding: one libuv timer per JavaScript object. (Node
/// had this binding, `process.binding('timer_wrap').Timer`, until version
/// 11; its timers now share one uv_timer_t, as stage 02's do.)
///
///     const { Timer } = internalBinding('timer_wrap');
///     const timer = new Timer();
///     timer.ontimeout = () => ...;   called with the timer as `this`
///     timer.start(50, 0);            after 50 ms; a second argument > 0
///                                    repeats every that many ms
///     timer.stop();   timer.unref();   timer.close(callback);
///     Timer.now()                    the loop's clock, in ms (uv_now)
///
/// It is the smallest complete handle wrap: a uv_timer_t inside a
/// HandleWrap, a callback property read when the timer fires, and the life
/// cycle of handle_wrap.h. Stage 02's setTimeout does not use it, and shows
/// why: a list per duration on a single uv_timer_t costs O(1) per timer,
/// where a handle per timer costs a heap operation to start and a close
/// callback to free.
#include <uv.h>
#include <v8.h>

#include <cstdint>

#include "binding_registry.h"
#include "handle_wrap.h"
#include "node_errors.h"
#include "realm.h"
#include "support/validate.h"

namespace bindings {
namespace {

class TimerWrap : public HandleWrap {
 public:
  TimerWrap(Realm& realm, v8::Local<v8::Object> object)
      : HandleWrap(realm, object, reinterpret_cast<uv_handle_t*>(&timer_)) {
    uv_timer_init(realm.uv_loop(), &timer_);  // leaves `data`, set by HandleWrap, alone
  }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    if (!info.IsConstructCall()) {
      errors::Throw(info.GetIsolate(), errors::ConstructCallRequired(info.GetIsolate(), "Timer"));
      return;
    }
    new TimerWrap(Realm::GetCurrent(info), info.This());  // owned by its handle: see handle_wrap.h
  }

  static void Start(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    // Milliseconds as libuv counts them (64 bits); 2^53 is where a JS number
    // stops being exact.
    const int64_t kMaxMs = int64_t{1} << 53;
    int64_t timeout = 0;
    int64_t repeat = 0;
    if (!pool::ValidateInteger(isolate, info[0], "timeout", 0, kMaxMs, &timeout) ||
        (!info[1]->IsUndefined() &&
         !pool::ValidateInteger(isolate, info[1], "repeat", 0, kMaxMs, &repeat))) {
      return;
    }
    TimerWrap* wrap = Unwrap<TimerWrap>(info.This());
    if (wrap == nullptr || !wrap->IsOpen()) return info.GetReturnValue().Set(UV_EBADF);
    info.GetReturnValue().Set(uv_timer_start(&wrap->timer_, OnTimeout, timeout, repeat));
  }

  static void Stop(const v8::FunctionCallbackInfo<v8::Value>& info) {
    TimerWrap* wrap = Unwrap<TimerWrap>(info.This());
    if (wrap == nullptr || !wrap->IsOpen()) return info.GetReturnValue().Set(UV_EBADF);
    info.GetReturnValue().Set(uv_timer_stop(&wrap->timer_));
  }

  static void Now(const v8::FunctionCallbackInfo<v8::Value>& info) {
    info.GetReturnValue().Set(static_cast<double>(uv_now(Realm::GetCurrent(info).uv_loop())));
  }

 private:
  static void OnTimeout(uv_timer_t* timer) {
    TimerWrap* wrap = static_cast<TimerWrap*>(static_cast<HandleWrap*>(timer->data));
    Realm* realm = wrap->realm();
    if (realm == nullptr) return;
    v8::HandleScope handle_scope(realm->isolate());
    realm->MakeCallback(wrap->object(), realm->CallbackName(Realm::Callback::kOnTimeout), 0,
                        nullptr, {}, loop::LoopTrace::Phase::kTimers);
  }

  uv_timer_t timer_;
};

void InitializeTimerWrap(Realm& realm, v8::Local<v8::Object> exports) {
  v8::Local<v8::Context> context = realm.context();
  v8::Local<v8::FunctionTemplate> klass = realm.NewClass("Timer", TimerWrap::New);
  HandleWrap::AddMethods(realm, klass);
  realm.SetProtoMethod(klass, "start", TimerWrap::Start, 2);
  realm.SetProtoMethod(klass, "stop", TimerWrap::Stop);
  v8::Local<v8::Function> timer = klass->GetFunction(context).ToLocalChecked();
  realm.SetMethod(timer, "now", TimerWrap::Now);
  exports->CreateDataProperty(context, realm.Name("Timer"), timer).Check();
}

}  // namespace

BINDING_REGISTER(timer_wrap, InitializeTimerWrap);

}  // namespace bindings
