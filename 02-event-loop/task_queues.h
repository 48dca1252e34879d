/// \file
/// The two queues drained after every callback: nextTick's and V8's
/// microtask queue. (Node: lib/internal/process/task_queues.js.)
///
///     a callback from the loop returns
///       │
///       ├─> run every nextTick callback, including ticks queued meanwhile
///       ├─> run every microtask: promise reactions, `await`, queueMicrotask
///       ├─> a microtask queued a tick?  yes: back to the first step
///       └─> promises rejected with no handler end the program
///
/// **Microtasks** belong to the language: a promise reaction is queued in V8's
/// microtask queue. V8 can run that queue by itself whenever the outermost
/// call returns (the `kAuto` policy, which stage 01 relies on); this stage sets
/// the `kExplicit` policy and calls PerformMicrotaskCheckpoint() itself, so
/// that the runtime, not V8, decides where the queue runs relative to ticks.
///
/// **process.nextTick** is Node's own queue, and it runs *first*. It is older
/// than promises: it lets an API call back asynchronously (after the caller has
/// finished, so the caller can attach listeners) yet before any other callback
/// or I/O. A nextTick queued inside a promise job waits until the microtask
/// queue is empty; a microtask queued inside a tick waits for every tick.
///
/// queueMicrotask(fn) goes into V8's queue as a C++ callback that calls `fn`
/// under a v8::TryCatch, so that an exception in it is reported as uncaught,
/// as Node does.
#pragma once

#include <v8.h>

#include <cstddef>
#include <deque>
#include <vector>

namespace loop {

class Runtime;

class TaskQueues {
 public:
  explicit TaskQueues(Runtime& runtime) : runtime_(runtime) {}

  /// Defines process.nextTick and globalThis.queueMicrotask.
  void Install(v8::Local<v8::Context> context, v8::Local<v8::Object> process);

  /// Runs ticks and microtasks until both queues are empty, then checks for
  /// unhandled rejections. Returns false when the program must end.
  bool Drain();

  size_t pending_ticks() const { return ticks_.size(); }

 private:
  /// Arguments a tick keeps in place; more go to `more_arguments`. Streams
  /// and http queue thousands of ticks a second, nearly all with one to
  /// three arguments: kept inline, they cost no allocation of their own.
  static constexpr int kInlineArguments = 4;
  struct Tick {
    v8::Global<v8::Function> callback;
    int argc = 0;
    v8::Global<v8::Value> arguments[kInlineArguments];
    std::vector<v8::Global<v8::Value>> more_arguments;
  };

  static void NextTick(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void QueueMicrotask(const v8::FunctionCallbackInfo<v8::Value>& info);
  /// What V8 runs for a queueMicrotask() entry; `data` is this TaskQueues.
  static void RunQueuedMicrotask(void* data);

  bool RunTicks();

  Runtime& runtime_;
  std::deque<Tick> ticks_;
  /// The functions given to queueMicrotask(), in the order V8 will run the
  /// matching entries of its queue; owned here, so that none leaks if
  /// process.exit() makes V8 drop its queue.
  std::deque<v8::Global<v8::Function>> queued_microtasks_;
};

}  // namespace loop
