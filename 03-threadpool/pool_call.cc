#include "pool_call.h"

#include "modules.h"
#include "node_errors.h"
#include "support/validate.h"
#include "thread_pool.h"

namespace pool {

void PoolCall::Invoke(const v8::FunctionCallbackInfo<v8::Value>& info) {
  const PoolFunction& function =
      *static_cast<const PoolFunction*>(info.Data().As<v8::External>()->Value());
  PoolCall call(info, function);
  v8::Isolate* isolate = info.GetIsolate();

  v8::TryCatch try_catch(isolate);
  std::unique_ptr<Job> job = function.make_job(call);
  if (job) call.Start(std::move(job));
  if (!try_catch.HasCaught()) return;
  if (try_catch.HasTerminated()) return;  // process.exit() is unwinding: let it
  if (call.form() != Form::kPromise) {
    try_catch.ReThrow();
    return;
  }
  // An async function never throws: a bad argument rejects its promise.
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Promise::Resolver> resolver = v8::Promise::Resolver::New(context).ToLocalChecked();
  resolver->Reject(context, try_catch.Exception()).Check();
  info.GetReturnValue().Set(resolver->GetPromise());
}

v8::Local<v8::Value> PoolCall::operator[](int index) const {
  if (argument_count_ >= 0 && index >= argument_count_) return v8::Undefined(isolate());
  return info_[index];
}

bool PoolCall::TakeCallback(int first, int position, const char* name, bool or_earlier) {
  if (form() != Form::kCallback) return true;
  for (int i = first; i <= position; i++) {
    if (info_[i]->IsFunction()) {
      callback_ = info_[i].As<v8::Function>();
      argument_count_ = i;
      return true;
    }
  }
  int reported = position;
  while (or_earlier && reported > first && !info_[reported]->BooleanValue(isolate())) reported--;
  return ValidateFunction(isolate(), info_[reported], name);
}

bool PoolCall::TakeOptionalCallback(int position, const char* name) {
  if (form() != Form::kCallback) return true;
  if (info_[position]->IsUndefined()) {
    run_here_ = true;
    return true;
  }
  if (!ValidateFunction(isolate(), info_[position], name)) return false;
  callback_ = info_[position].As<v8::Function>();
  argument_count_ = position;
  return true;
}

void PoolCall::SetDefaultCallback(v8::Local<v8::Function> callback) {
  if (callback_.IsEmpty()) callback_ = callback;
}

void PoolCall::Start(std::unique_ptr<Job> job) {
  ThreadPool& pool = BuiltinModules::GetCurrent(isolate()).pool();
  switch (form()) {
    case Form::kCallback:
      pool.Submit(std::move(job), Completion::ToCallback(isolate(), callback_));
      return;
    case Form::kPromise: {
      Completion completion = Completion::ToPromise(context());
      info_.GetReturnValue().Set(completion.promise(isolate()));
      pool.Submit(std::move(job), std::move(completion));
      return;
    }
    case Form::kSync: {
      v8::Local<v8::Value> result;
      if (pool.RunHere(*job).ToLocal(&result)) info_.GetReturnValue().Set(result);
      return;  // otherwise its error is thrown
    }
  }
}

}  // namespace pool
