#include "thread_pool.h"

#include <atomic>
#include <utility>

#include "engine.h"
#include "runtime.h"

namespace pool {
namespace {

thread_local int this_thread_worker = 0;  ///< 0 until this thread runs a job from the pool

}  // namespace

/// One job on its way through the pool. `work` is what libuv holds; its
/// `data` points back here.
struct ThreadPool::Request {
  uv_work_t work;
  ThreadPool* pool;
  uint64_t id;
  std::string description;
  std::unique_ptr<Job> job;
  Completion completion;
  bool on_pool;  ///< false: run here, delivered on the next tick
};

ThreadPool::ThreadPool(loop::Runtime& runtime) : runtime_(runtime), trace_(runtime.trace()) {
  // process.nextTick as stage 02 installed it, kept before any script runs:
  // a script that replaces process.nextTick must not intercept our jobs.
  v8::Isolate* isolate = runtime.isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = runtime.context();
  v8::Local<v8::Value> process, next_tick;
  if (context->Global()->Get(context, engine::ToV8String(isolate, "process")).ToLocal(&process) &&
      process->IsObject() &&
      process.As<v8::Object>()
          ->Get(context, engine::ToV8String(isolate, "nextTick"))
          .ToLocal(&next_tick) &&
      next_tick->IsFunction()) {
    next_tick_.Reset(isolate, next_tick.As<v8::Function>());
  }
}

ThreadPool::~ThreadPool() { Shutdown(runtime_.exit_requested().value_or(0)); }

int ThreadPool::CurrentWorker() { return this_thread_worker; }

void ThreadPool::Submit(std::unique_ptr<Job> job, Completion completion) {
  auto owned = std::make_unique<Request>();
  Request* request = owned.get();
  request->work.data = request;
  request->pool = this;
  request->id = next_job_id_++;
  request->description = job->Describe();
  request->on_pool = job->NeedsPool() || next_tick_.IsEmpty();
  request->job = std::move(job);
  request->completion = std::move(completion);
  in_flight_[request] = std::move(owned);

  if (!request->on_pool) {
    // Nothing to wait for: do it now, and call back on the next tick, so the
    // caller still sees an asynchronous API.
    trace_.RunsHere(request->id, request->description);
    request->job->Run();
    v8::Isolate* isolate = runtime_.isolate();
    v8::Local<v8::Context> context = runtime_.context();
    v8::Local<v8::Function> deliver =
        v8::Function::New(context, DeliverOnNextTick, v8::External::New(isolate, request))
            .ToLocalChecked();
    v8::Local<v8::Value> argv[] = {deliver};
    next_tick_.Get(isolate)->Call(context, v8::Undefined(isolate), 1, argv).IsEmpty();
    return;
  }

  trace_.Queued(request->id, request->description, in_flight_.size());
  // Fails only without a work callback, which is never the case here.
  uv_queue_work(runtime_.uv_loop(), &request->work, Work, AfterWork);
}

void ThreadPool::Work(uv_work_t* work) {
  static std::atomic<int> workers_seen{0};
  if (this_thread_worker == 0) this_thread_worker = ++workers_seen;

  Request& request = *static_cast<Request*>(work->data);
  PoolTrace& trace = request.pool->trace_;  // thread-safe; nothing else of the pool is used here
  trace.Started(request.id, this_thread_worker, request.description);
  uint64_t start = uv_hrtime();
  request.job->Run();
  trace.Finished(request.id, this_thread_worker, request.description, (uv_hrtime() - start) / 1e6);
}

void ThreadPool::AfterWork(uv_work_t* work, int status) {
  Request* request = static_cast<Request*>(work->data);
  ThreadPool& pool = *request->pool;
  std::unique_ptr<Request> owned = pool.Take(request);
  // Cancelled, or the program is over: the job is freed, nobody is told.
  if (status == UV_ECANCELED || pool.shut_down_ || pool.runtime_.exiting()) return;
  pool.Deliver(*owned, true);
}

void ThreadPool::DeliverOnNextTick(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Request* request = static_cast<Request*>(info.Data().As<v8::External>()->Value());
  ThreadPool& pool = *request->pool;
  std::unique_ptr<Request> owned = pool.Take(request);
  if (pool.runtime_.exiting()) return;
  pool.Deliver(*owned, false);
}

std::unique_ptr<ThreadPool::Request> ThreadPool::Take(Request* request) {
  auto found = in_flight_.find(request);
  std::unique_ptr<Request> owned = std::move(found->second);
  in_flight_.erase(found);
  return owned;
}

void ThreadPool::Deliver(Request& request, bool from_loop) {
  v8::Isolate* isolate = runtime_.isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = runtime_.context();
  v8::Context::Scope context_scope(context);
  Outcome outcome = request.job->Finish(context);
  trace_.Delivered(request.id, request.description, request.completion.Describe(isolate, outcome),
                   !from_loop);
  request.completion.Deliver(runtime_, outcome, from_loop);
}

v8::MaybeLocal<v8::Value> ThreadPool::RunHere(Job& job) {
  v8::Isolate* isolate = runtime_.isolate();
  v8::EscapableHandleScope handle_scope(isolate);
  uint64_t start = trace_.enabled() ? uv_hrtime() : 0;
  if (trace_.enabled()) trace_.RunningHere(job.Describe());
  job.Run();
  if (trace_.enabled()) trace_.RanHere(job.Describe(), (uv_hrtime() - start) / 1e6);
  Outcome outcome = job.Finish(runtime_.context());
  if (!outcome.error.IsEmpty()) {
    isolate->ThrowException(outcome.error);
    return {};
  }
  if (outcome.values.empty()) return handle_scope.Escape(v8::Undefined(isolate));
  return handle_scope.Escape(outcome.values[0]);
}

void ThreadPool::Shutdown(int exit_code) {
  if (shut_down_) return;
  shut_down_ = true;
  if (in_flight_.empty()) return;

  // While the loop turns below, no timer or immediate may call into
  // JavaScript: tell the runtime the program has ended (a no-op if
  // process.exit() or an uncaught exception already did).
  runtime_.Exit(exit_code);
  trace_.Draining(in_flight_.size());

  for (auto it = in_flight_.begin(); it != in_flight_.end();) {
    Request& request = *it->second;
    if (!request.on_pool) {  // its nextTick will never run: free it now
      it = in_flight_.erase(it);
      continue;
    }
    // Succeeds only for a job still waiting in the queue.
    if (uv_cancel(reinterpret_cast<uv_req_t*>(&request.work)) == 0) {
      trace_.Cancelled(request.id, request.description);
    }
    ++it;
  }
  // What is left is on the pool; each AfterWork (cancelled or finished)
  // removes its request.
  while (!in_flight_.empty()) uv_run(runtime_.uv_loop(), UV_RUN_ONCE);
}

}  // namespace pool
