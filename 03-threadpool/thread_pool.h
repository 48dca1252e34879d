/// \file
/// The thread pool: run a Job on one of libuv's worker threads, then deliver
/// its outcome on the loop thread. (libuv: uv_queue_work; Node:
/// ThreadPoolWork::ScheduleWork.)
///
/// Why a single-threaded runtime needs threads (files, name lookups and
/// computation cannot be waited for with epoll) is the opening of the
/// chapter, 03-threadpool/README.md. What it leads to: libuv keeps a pool of
/// worker threads (UV_THREADPOOL_SIZE, default 4, read once when the pool
/// first starts) and a queue in front of it:
///
///        loop thread                         libuv's pool
///     ┌──────────────┐  uv_queue_work   ┌─────────────────────┐
///     │ Submit(job)  │ ───────────────> │ queue ─> worker 1   │ job->Run()
///     │              │                  │       ─> worker 2   │ job->Run()
///     │  ...timers,  │                  │       ─> worker 3   │  ...
///     │  callbacks   │   uv_async_t     │       ─> worker 4   │
///     │  poll ◄──────┼──────────────────┤ "done"              │
///     │ AfterWork:   │                  └─────────────────────┘
///     │ job->Finish()│
///     │ completion   │ ──> callback(err, result) or promise, then the drain
///     └──────────────┘
///
/// A request in flight counts as an active libuv request, so the loop stays
/// alive until every job has come back, exactly as a pending setTimeout keeps
/// it alive.
///
/// **Exit with work in flight** is Shutdown()'s job; the chapter tells why it
/// cancels what has not started and waits for what has ("Ending with work in
/// flight"), and how Node differs.
#pragma once

#include <uv.h>
#include <v8.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>

#include "completion.h"
#include "job.h"
#include "pool_trace.h"

namespace loop {
class Runtime;
}

namespace pool {

class ThreadPool {
 public:
  explicit ThreadPool(loop::Runtime& runtime);
  /// Shutdown(), if main() did not call it.
  ~ThreadPool();

  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  /// Runs `job` on a worker thread; its outcome goes to `completion` on the
  /// loop thread. A job that does not need the pool (Job::NeedsPool()) runs
  /// now and is delivered on the next tick.
  void Submit(std::unique_ptr<Job> job, Completion completion);

  /// The synchronous form (fs.readFileSync): runs `job` here, blocking the
  /// loop thread, and returns its value, or throws its error (then empty).
  v8::MaybeLocal<v8::Value> RunHere(Job& job);

  /// The program is over (with `exit_code`): cancels the jobs that have not
  /// started, waits for the running ones and frees them all, calling no
  /// JavaScript. Call before the Runtime goes.
  void Shutdown(int exit_code);

  size_t in_flight() const { return in_flight_.size(); }
  loop::Runtime& runtime() { return runtime_; }

  /// On a worker thread: its number (1, 2, ... in the order workers took
  /// their first job). 0 on any other thread.
  static int CurrentWorker();

 private:
  struct Request;

  /// libuv's work callback: on a worker thread.
  static void Work(uv_work_t* work);
  /// libuv's after-work callback: on the loop thread, in the poll phase.
  static void AfterWork(uv_work_t* work, int status);
  /// The nextTick callback of a job that needed no thread. One such function
  /// is made per request, and its `data` is that request: per-function data,
  /// as engine::SetMethod allows (the request knows its pool).
  static void DeliverOnNextTick(const v8::FunctionCallbackInfo<v8::Value>& info);

  /// Removes `request` from the jobs in flight and hands over its ownership.
  std::unique_ptr<Request> Take(Request* request);
  /// Finish() and deliver; `from_loop`: called by the loop (drain after it)
  /// rather than from a nextTick (the drain in progress continues).
  void Deliver(Request& request, bool from_loop);

  loop::Runtime& runtime_;
  PoolTrace trace_;
  uint64_t next_job_id_ = 1;
  /// Every job from Submit() to its delivery (or to Shutdown()): they own
  /// their requests.
  std::unordered_map<Request*, std::unique_ptr<Request>> in_flight_;
  bool shut_down_ = false;
  /// process.nextTick as the runtime installed it.
  v8::Global<v8::Function> next_tick_;
};

}  // namespace pool
