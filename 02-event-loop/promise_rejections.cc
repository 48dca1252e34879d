#include "promise_rejections.h"

#include <algorithm>

#include "node_errors.h"
#include "runtime.h"

namespace loop {

void PromiseRejections::Start(v8::Isolate* isolate) {
  isolate->SetPromiseRejectCallback(OnPromiseReject);
}

void PromiseRejections::Stop(v8::Isolate* isolate) {
  isolate->SetPromiseRejectCallback(nullptr);
  pending_.clear();
  handled_late_.clear();
}

void PromiseRejections::OnPromiseReject(v8::PromiseRejectMessage message) {
  v8::Local<v8::Promise> promise = message.GetPromise();
  v8::Isolate* isolate = promise->GetIsolate();
  PromiseRejections& self = Runtime::GetCurrent(isolate).promise_rejections();
  switch (message.GetEvent()) {
    case v8::kPromiseRejectWithNoHandler:
      self.pending_.push_back({v8::Global<v8::Promise>(isolate, promise),
                               v8::Global<v8::Value>(isolate, message.GetValue()),
                               ++self.last_id_});
      break;
    case v8::kPromiseHandlerAddedAfterReject: {
      // Usually the promise rejected last: search from the back.
      auto it = std::find_if(self.pending_.rbegin(), self.pending_.rend(),
                             [&](const Rejection& r) { return r.promise == promise; });
      if (it != self.pending_.rend()) {
        self.pending_.erase(std::next(it).base());
      } else if (Runtime::GetCurrent(isolate).life_hooks().rejection_handled) {
        // Maybe reported already: the hook knows (it is JavaScript, so it
        // runs later, at the end of the drain, not inside `p.catch()`).
        self.handled_late_.emplace_back(isolate, promise);
      }
      break;
    }
    default:  // resolve/reject after the promise was settled: Node ignores these
      break;
  }
}

bool PromiseRejections::ReportUnhandled(bool* called_hooks) {
  if (pending_.empty() && handled_late_.empty()) return true;
  v8::Isolate* isolate = runtime_.isolate();
  v8::HandleScope handle_scope(isolate);
  const Runtime::LifeHooks& hooks = runtime_.life_hooks();
  // First the rejections handled late, then the new ones, as Node does.
  std::vector<v8::Global<v8::Promise>> handled = std::move(handled_late_);
  handled_late_.clear();
  for (const v8::Global<v8::Promise>& promise : handled) {
    if (called_hooks != nullptr) *called_hooks = true;
    hooks.rejection_handled(promise.Get(isolate));
    if (runtime_.exiting()) return false;
  }
  std::vector<Rejection> rejections = std::move(pending_);
  pending_.clear();
  // A later stage's 'unhandledRejection' listener may take them, one by one.
  for (const Rejection& rejection : rejections) {
    v8::Local<v8::Value> reason = rejection.reason.Get(isolate);
    if (hooks.unhandled_rejection && called_hooks != nullptr) *called_hooks = true;
    if (hooks.unhandled_rejection &&
        hooks.unhandled_rejection(reason, rejection.promise.Get(isolate), rejection.id)) {
      if (runtime_.exiting()) return false;
      continue;
    }
    EndWithRejection(reason);
    // Ended, unless a handler took it (the REPL's: it prints and goes on).
    if (runtime_.exiting()) return false;
  }
  return true;
}

void PromiseRejections::EndWithRejection(v8::Local<v8::Value> reason) {
  v8::Isolate* isolate = runtime_.isolate();
  v8::Local<v8::Context> context = runtime_.context();
  bool error_like = reason->IsObject() &&
                    reason.As<v8::Object>()
                        ->HasOwnProperty(context, v8::String::NewFromUtf8Literal(isolate, "stack"))
                        .FromMaybe(false);
  if (error_like) {
    // The message V8 builds from the error's own stack: where it was created.
    runtime_.EndWithUncaughtException(reason, v8::Exception::CreateMessage(isolate, reason));
  } else if (runtime_.has_uncaught_handler()) {
    // Node's REPL shows the reason itself ("Uncaught 5") and goes on.
    runtime_.EndWithUncaughtException(reason, v8::Local<v8::Message>());
  } else {
    runtime_.EndWithUncaughtException(UnhandledRejectionError(reason), v8::Local<v8::Message>());
  }
}

v8::Local<v8::Value> PromiseRejections::UnhandledRejectionError(v8::Local<v8::Value> reason) {
  v8::Isolate* isolate = runtime_.isolate();
  v8::Local<v8::Context> context = runtime_.context();
  std::string shown = engine::ToUtf8(isolate, reason->ToDetailString(context).ToLocalChecked());
  std::string text =
      "This error originated either by throwing inside of an async function without a catch "
      "block, or by rejecting a promise which was not handled with .catch(). The promise "
      "rejected with the reason \"" +
      shown + "\".";
  return errors::WithCode(context, v8::Exception::Error(engine::ToV8String(isolate, text)),
                          "UnhandledPromiseRejection", "ERR_UNHANDLED_REJECTION");
}

}  // namespace loop
